"""Unit tests of the short forms read as a pair's sides (session 18, `InstitutionResolver`): the places
read around a joining word, and the rule files."""

import pytest

from pipeline.nlp import institutions
from pipeline.nlp.institutions import InstitutionResolver
from pipeline.rules import word_list


@pytest.mark.parametrize(
    ("text", "at", "places"),
    [
        ("。浙外与利兹大学", 3, [(1, 3)]),  # a clause opens before the short form
        ("江理工与乌拉尔", 3, [(0, 3)]),  # the text's start
        ("的浙外与利兹大学", 3, []),  # inside a run of words: no clause opens there
        ("。北外与利兹大学", 3, []),  # no name of the page opens with 北
    ],
)
def test_short_form_before_side(text, at, places):
    assert InstitutionResolver._short_form_before_side(text, {"浙", "江"}, at) == places


@pytest.mark.parametrize(
    ("text", "at", "places"),
    [
        ("利兹大学与浙外签署协议", 4, [(5, 7)]),  # a verb of the pair after it
        ("利兹大学与浙外。", 4, [(5, 7)]),  # punctuation after it
        ("利兹大学与浙外合作开展", 4, [(5, 9), (5, 7)]),  # longest first: 浙外合作 is tried, then 浙外
        ("利兹大学与浙江省教育厅", 4, []),  # runs on into a longer word
    ],
)
def test_short_form_after_side(text, at, places):
    assert InstitutionResolver._short_form_after_side(text, {"浙"}, at) == places


def test_rule_files_are_single_joiners_and_words_opening_with_them():
    sides = word_list("zh", "short_form_sides.txt")
    assert sides and all(len(side) == 1 for side in sides)
    assert all(word.startswith(sides) for word in word_list("zh", "short_form_not_joining.txt"))
    assert institutions._ends_a_side("浙外签署", 2) and not institutions._ends_a_side("浙外同事", 2)
