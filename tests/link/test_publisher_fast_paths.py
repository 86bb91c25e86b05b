"""The publisher's shortcuts answer as the plain readings they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.link.publisher import _head_kind, _quoted, _site_suffixes, _without_site_suffix
from pipeline.rules import word_table


def _quoted_by_copy(text: str, at: int) -> bool:
    before = text[:at]
    return (
        before.count("\u201c") > before.count("\u201d")
        or before.count("\u300c") > before.count("\u300d")
        or before.count('"') % 2 == 1
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \u201c\u201d\u300c\u300d\"我", max_size=24), st.integers(min_value=0, max_value=30))
def test_quotes_counted_in_place_are_those_of_the_text_before(text: str, at: int):
    assert _quoted(text, at) == _quoted_by_copy(text, at)


def _without_suffix_by_loop(name: str) -> str:
    for suffix in _site_suffixes():
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)].strip(" -|·")
    return name.strip()


_NAMES = st.sampled_from(["Westmoor University", "江西理工大学", " Harlow College ", "ab", "新闻网", "X"])


@settings(max_examples=200, deadline=None)
@given(_NAMES, st.sampled_from(["", *_site_suffixes()[:12], *_site_suffixes()[-4:]]))
def test_a_site_suffix_looked_for_first_in_one_call_is_taken_away_as_before(name: str, suffix: str):
    assert _without_site_suffix(name + suffix) == _without_suffix_by_loop(name + suffix)


def _head_kind_by_generators(name: str) -> str | None:
    heads_zh = word_table("zh", "institution_heads.tsv")
    sizes = sorted({len(head) for head in heads_zh}, reverse=True)
    head = next((name[-size:] for size in sizes if name[-size:] in heads_zh), None)
    if head is not None and len(name) > len(head) + 1:
        return heads_zh[head]
    heads_en = word_table("en", "institution_heads.tsv")
    head = next((w for w in re.findall(r"[\w-]+", name) if w in heads_en), None)
    if head is not None and len(name) > len(head) + 1:
        return heads_en[head]
    return None


def test_head_kinds_read_by_loops_are_those_of_the_first_head_found():
    heads = [*list(word_table("zh", "institution_heads.tsv"))[:40]]
    heads += list(word_table("en", "institution_heads.tsv"))[:40]
    names = list(heads)
    for head in heads:
        names += [f"某某{head}", f"Westmoor {head}", f"{head} of X"]
    names += ["Westmoor University 大学", "大学", "University", "Lancang-Mekong Vocational Education Alliance", ""]
    for name in names:
        assert _head_kind(name) == _head_kind_by_generators(name), name
