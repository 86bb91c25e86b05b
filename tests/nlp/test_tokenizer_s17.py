"""The tokenizer cuts jieba's words that glue a listed university to one of its units (北京大学医学部):
every such word of jieba's dictionary is in `names_glued_to_units.txt`, and each is cut into the name
and the unit."""

from __future__ import annotations

import os

import jieba

from pipeline.language import to_simplified
from pipeline.link.countries import load_countries
from pipeline.link.gazetteer import load_gazetteer
from pipeline.nlp.tokenizer_zh import build_segmenter, user_dictionary, words_cut_apart

_UNIT_ENDINGS = ("系", "学院", "医学部", "研究所", "研究中心", "党委", "图书馆")


def _listed_chinese_names() -> set[str]:
    return {to_simplified(n) for e in load_gazetteer() for n in e.names if len(n) >= 4 and "\u4e00" <= n[0] <= "\u9fff"}


def _without_country(word: str, countries: list[str]) -> str:
    return next((word[len(c) :] for c in countries if word.startswith(c) and len(word) > len(c) + 4), word)


def test_every_word_gluing_a_listed_name_to_a_unit_is_cut_apart():
    names, cut = _listed_chinese_names(), set(words_cut_apart())
    countries = sorted((w for w in load_countries().by_word if "\u4e00" <= w[:1] <= "\u9fff"), key=len, reverse=True)
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    glued = set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            word = line.split(" ", 1)[0]
            if not word.endswith(_UNIT_ENDINGS):
                continue
            body = _without_country(word, countries)  # (美国哈佛大学医学院)
            if any(body[:k] in names for k in range(4, len(body) - 1)):
                glued.add(word)
    assert glued <= cut, sorted(glued - cut)


def test_the_words_are_cut_into_the_name_and_the_unit():
    segmenter = build_segmenter(tuple(sorted(set(user_dictionary()))))
    names = _listed_chinese_names()
    for word in words_cut_apart():
        pieces = segmenter.cut(word)
        assert len(pieces) > 1 and names & set(pieces), (word, pieces)
    assert segmenter.cut("北京大学出版社")[0] == "北京大学出版社"  # a press is a body of its own: whole
