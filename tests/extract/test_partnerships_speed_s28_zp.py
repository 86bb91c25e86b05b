"""Session 28 (zp, speed): the partnership extractor's per-Doc indexes and single-pass tests give what
the walks they replace gave, on sentences written for the tests."""

import re

import pytest

from pipeline.extract.partnerships import (
    CHINESE,
    NOT_FOREIGN,
    _nested_in,
    _nested_rows,
    _References,
    _university_heads,
    _university_of_its_own,
)
from pipeline.extract.spans import alternation, facts
from pipeline.nlp import load_pipeline
from pipeline.nlp.extensions import read_facts, read_spans
from pipeline.rules import word_list, word_table

_TEXTS = {
    "zh": [
        "江西师范大学与澳大利亚堪培拉大学合作举办的江西师范大学堪培拉学院今天揭牌，江西师范大学校长出席。",
        "湖南大学与英国利兹大学签署合作备忘录，双方将共建湖南大学利兹学院。",
    ],
    "en": [
        "The Confucius Institute at the University of Otago marked its tenth year. Guangxi University and the"
        " University of Otago signed an agreement on May 6.",
        "Jiangxi Normal University and the University of Canberra opened the Jiangxi Normal University Canberra"
        " College in Nanchang.",
    ],
}


def _walked(doc, start: int, end: int, foreign: bool) -> list[tuple[int, int]]:
    """The definition `_nested_in` had: a walk over every institution of `institutions_all`."""
    every, known = read_spans(doc, "institutions_all"), read_facts(doc, "institutions_all")
    known = known if known is not None else [facts(span) for span in every]
    return [
        (span.start_char, span.end_char)
        for span, fact in zip(every, known, strict=True)
        if ((fact.country not in (None, *NOT_FOREIGN)) if foreign else (fact.country in CHINESE))
        and start <= span.start_char
        and span.end_char <= end
        and (span.start_char, span.end_char) != (start, end)
        and len(fact.text) > 1
    ]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_institutions_nested_in_a_range_are_those_the_walk_finds(language):
    nlp = load_pipeline(language)
    nested = 0
    for text in _TEXTS[language]:
        doc = nlp(text)
        starts, _ = _nested_rows(doc)
        assert starts == sorted(starts)
        for span in read_spans(doc, "institutions_all"):
            for foreign in (False, True):
                start, end = span.start_char, span.end_char
                found = _nested_in(doc, start, end, foreign)
                bounds = [(p.start_char, p.end_char) for p in found]
                assert bounds == _walked(doc, start, end, foreign)
                assert [(p.span.start_char, p.span.end_char) for p in found] == bounds
                nested += len(found)
    assert nested  # (a parent named inside a joint institute's name, on each language's page)


def test_a_chinese_university_of_its_own_is_told_by_its_heads():
    heads = word_table("zh", "institution_heads.tsv")
    assert _university_heads("zh") == tuple(h for h, kind in heads.items() if kind == "university")
    for name in ("宁波诺丁汉大学", "西交利物浦大学", "南昌大学玛丽女王学院", "江西师范大学堪培拉学院"):
        walked = any(name.endswith(h) and kind == "university" for h, kind in heads.items())
        assert _university_of_its_own(name, "zh") == walked
    assert _university_of_its_own("宁波诺丁汉大学", "zh")
    assert not _university_of_its_own("南昌大学玛丽女王学院", "zh")


def test_the_country_visitors_pattern_finds_what_the_word_boundary_one_finds():
    visitors = word_list("en", "partnership_country_visitors.txt")
    plain = re.compile(rf"\b[Tt]he ([A-Z][a-z]+) (?:{alternation(visitors)})\b")
    pattern = _References("en", _PageWordsStub()).country_visitors
    assert pattern is not None and not pattern.pattern.startswith(r"\b")  # (a class first: the engine skips ahead)
    text = (
        "The Chilean delegation met the Dean. Afterwards the Peruvian guests toured the lab; bathe Chilean visitors"
        " is no match, nor is the chilean delegation. The Kenyan delegations left.\nThe Greek visitors"
        " thanked the hosts.Then the Maltese delegation arrived"
    )
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for start in range(len(text)):  # (a sentence's range, its first character anywhere)
        assert [m.groups() for m in pattern.finditer(text, start, start + 60)] == [
            m.groups() for m in plain.finditer(text, start, start + 60)
        ]


class _PageWordsStub:
    def add(self, words):
        return tuple(words)
