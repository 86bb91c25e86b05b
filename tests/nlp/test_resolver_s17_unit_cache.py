"""The Chinese `_is_subunit`, its name-and-label part read once a name, answers as the reading of
every call does (the short-form school test, which reads the page's listed names, stays per call)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.institutions import (
    InstitutionResolver,
    _Mention,
    _only_disciplines,
    _research_unit_heads,
    _simplified,
    _subunits,
)
from pipeline.rules import word_list

_RESOLVER = InstitutionResolver("zh")
_LISTED = ["江西财经大学", "华东交通大学"]
_PIECES = [
    *_subunits("zh")[:4],
    *word_list("zh", "disciplines.txt", split_spaces=True)[:12],
    *_research_unit_heads(),
    "江财",
    "华交",
    "上海",
    "学院",
    "學院",
    "中心",
    "研究院",
    "大学",
    "外国语",
    "与",
    "乌拉尔",
    "会計",
]
_LABELS = ["college", "school", "other", "research_institute", "university", "government"]


def _read_every_call(resolver: InstitutionResolver, mention: _Mention, ends: set[int]) -> bool:
    """`_is_subunit` for a Chinese name as it read before the cache (its own words)."""
    if mention.kb_id:
        return False
    norm = _simplified(mention.text)
    if norm in _subunits("zh") or _only_disciplines(norm) or resolver._school_of_a_short_form(norm):
        return True
    unit_label = mention.label in {"college", "school", "other"} or (
        mention.label == "research_institute" and norm.endswith(_research_unit_heads())
    )
    return mention.start in ends and unit_label


def _page(listed_zh_names: list[str]) -> None:
    """The page state `_school_of_a_short_form` reads: the listed names it abbreviates."""
    _RESOLVER._listed_zh_names = listed_zh_names
    _RESOLVER._listed_ends = {}
    _RESOLVER._publisher = None
    _RESOLVER._page_simplified = "。" * 64  # (no field list before the names: `_after_a_field_list` says no)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join),
    st.sampled_from(_LABELS),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_the_cached_reading_answers_as_every_call(name, label, after_a_name, listed_page, listed):
    mention = _Mention(3, 5, 10, 10 + len(name), label, "X" if listed else "", 0, name)
    ends = {3} if after_a_name else {1}
    _page(_LISTED if listed_page else [])
    first = _RESOLVER._is_subunit(mention, ends)
    again = _RESOLVER._is_subunit(mention, ends)  # (from the cache)
    assert first == again == _read_every_call(_RESOLVER, mention, ends)


def test_the_page_still_decides_a_short_form_school():
    mention = _Mention(3, 5, 10, 16, "college", "", 0, "江财会计学院")
    _page(_LISTED)
    assert _RESOLVER._is_subunit(mention, set())
    _page([])  # (the same name on a page that names no 江西财经大学: the cached part does not say so)
    assert not _RESOLVER._is_subunit(mention, set())
