"""The resolver's cheap pre-checks find what the full scans they stand in front of find."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.language import to_simplified
from pipeline.nlp.institutions import (
    InstitutionResolver,
    _bare_bodies,
    _bare_bodies_pattern,
    _bare_body_matches,
    _either_script,
    _first_characters,
    _holds,
    _hosted_institute_words,
    _longest_non_overlapping,
    _Mention,
    _where_written,
)

# Pieces that make tricky pages: bodies in both scripts, bodies glued to each other or cut short,
# levels alone, a place before the level, a hosted institute's word.
_PIECES = [
    *_bare_bodies(),
    "省人民政府外事辦公室",
    "自治區教育廳",
    "市衛健委",
    "省",
    "市",
    "自治",
    "自治区",
    "江西",
    "省省外办",
    "孔子学院",
    "孔子學院",
    "，",
    " ",
    "大学",
    "中医药",
]
_PAGES = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PAGES)
def test_bare_bodies_found_at_their_levels_are_what_a_scan_of_the_page_finds(page):
    scanned = [(m.start(), m.end()) for m in _either_script(_bare_bodies_pattern()).finditer(page)]
    assert [(m.start(), m.end()) for m in _bare_body_matches(page)] == scanned


@settings(max_examples=300, deadline=None)
@given(_PAGES)
def test_every_written_hosted_word_starts_at_a_place_the_pre_check_reads(page):
    starts = set(_where_written(page, _first_characters(_hosted_institute_words())))
    simplified = to_simplified(page)
    for word in _hosted_institute_words():
        at = simplified.find(word)
        while at >= 0:
            assert at in starts
            at = simplified.find(word, at + 1)


def test_first_listed_city_is_the_first_of_the_table_the_clue_names():
    resolver = InstitutionResolver("zh")
    cities = resolver._city_names
    # two cities, the later-listed one written first: the table's order decides
    clue = f"{cities[5]}市与{cities[2]}市合作 ({cities[7]})"
    assert resolver._first_listed_city(clue) == next(zh for zh in cities if f"{zh}市" in clue) == cities[2]
    assert resolver._first_listed_city(f"{cities[3]}与{cities[4]}") is None


_PROVINCE_RESOLVER = InstitutionResolver("zh")
_PROVINCE_PIECES = [name for province in _PROVINCE_RESOLVER.places.provinces for name in province]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_PROVINCE_PIECES, "省", "大学", " ", "西"]), max_size=6).map("".join))
def test_first_listed_province_is_what_a_scan_of_the_table_finds(clue):
    # the table's order decides, in either language (西藏 is listed twice: the first row wins)
    provinces = _PROVINCE_RESOLVER.places.provinces
    scanned = next((zh for en, zh in provinces if zh in clue or en in clue), None)
    assert _PROVINCE_RESOLVER._first_listed_province(clue) == scanned


# Mentions as the finders hand them on: overlapping, nested, repeated, listed or not, in any order
# (empty ones too, which no run holds).
_MENTIONS = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(["", "Q1", "Q2"]), st.integers(0, 2)).map(
        lambda t: _Mention(t[0], t[0] + t[1], 3 * t[0], 3 * (t[0] + t[1]), "university", t[2], t[3], "x" * t[1])
    ),
    max_size=40,
)


def _longest_among_all(mentions: list[_Mention]) -> list[_Mention]:
    """The choice written plainly: longest first, the listed one on a tie, then the first, each kept
    unless a kept one holds one of its tokens (an empty one holds none); by start."""
    ordered = sorted(mentions, key=lambda m: (m.start - m.end, 0 if m.kb_id else 1, m.start))
    kept: list[_Mention] = []
    for mention in ordered:
        if mention.start >= mention.end or not any(k.start < mention.end and mention.start < k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


@settings(max_examples=500, deadline=None)
@given(_MENTIONS)
def test_longest_names_chosen_run_by_run_are_those_chosen_among_all_at_once(mentions):
    assert _longest_non_overlapping(mentions) == _longest_among_all(mentions)


@settings(max_examples=300, deadline=None)
@given(_MENTIONS)
def test_a_token_is_held_by_a_kept_name_as_a_set_of_their_tokens_says(mentions):
    kept = [m for m in _longest_non_overlapping(mentions) if m.start < m.end]
    tokens = {i for m in kept for i in range(m.start, m.end)}
    starts = [m.start for m in kept]
    assert [_holds(kept, starts, i) for i in range(40)] == [i in tokens for i in range(40)]
