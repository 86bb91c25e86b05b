"""The gazetteer's patterns, made from one Doc of all names, are what one make_doc a name gives."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER, NORM, ORTH
from spacy.matcher import PhraseMatcher

from pipeline.link.gazetteer import load_gazetteer
from pipeline.nlp import load_pipeline
from pipeline.nlp.gazetteer_ruler import doc_keys, gazetteer_patterns, pattern_keys


def _one_doc_a_text(nlp, texts: list[str], attr: int) -> list[list[int]]:
    return [doc_keys(nlp.make_doc(text), attr) for text in texts]


def _counting(make_doc, texts: list[str]):
    def counted(text: str):
        texts.append(text)
        return make_doc(text)

    return counted


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_gazetteer_pattern_is_the_names_own_tokens(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_pipeline(language)
    plain, abbreviations = gazetteer_patterns(load_gazetteer())
    for patterns, attrs in ((plain, (NORM if language == "zh" else LOWER, ORTH)), (abbreviations, (ORTH,))):
        names = [name for _, entry_names in patterns for name in entry_names]
        assert len(names) > 100
        for attr in attrs:
            expected = _one_doc_a_text(nlp, names, attr)
            texts: list[str] = []
            with monkeypatch.context() as patch:
                patch.setattr(nlp, "make_doc", _counting(nlp.make_doc, texts))
                assert pattern_keys(nlp, names, attr) == expected
            assert len(texts) <= 3  # the names went through one Doc, not one each


TRICKY = [
    "University of Leeds",
    "leeds",
    "Jean-Claude  Killy",  # two spaces
    "U.S.-China Education Trust",
    "don't",
    "(UK) Ltd.",
    "",
    "line\nbreak",
    "  spaced  ",
    "江西财经大学",
    "香港中文大学（深圳）",
    "广东以色列理工学院 Technion",
    "中外合作办学2.0版",
    "㐀字大学",  # a character only jieba-rs reads as Han
    "臺灣大學",  # traditional characters: restored to the text as written
    "\t",
]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_tricky_texts_tokenised_together_are_tokenised_as_alone(language: str) -> None:
    nlp = load_pipeline(language)
    for attr in (ORTH, LOWER, NORM):
        assert pattern_keys(nlp, TRICKY, attr) == _one_doc_a_text(nlp, TRICKY, attr)
        assert pattern_keys(nlp, TRICKY[::-1], attr) == _one_doc_a_text(nlp, TRICKY[::-1], attr)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_rulers_matchers_hold_one_make_doc_a_name(language: str) -> None:
    nlp = load_pipeline(language)
    ruler = nlp.get_pipe("institution_gazetteer")
    plain, abbreviations = gazetteer_patterns(load_gazetteer())
    attr = "NORM" if language == "zh" else "LOWER"
    for matcher, patterns, matcher_attr in ((ruler.matcher, plain, attr), (ruler.abbreviations, abbreviations, "ORTH")):
        expected = PhraseMatcher(nlp.vocab, attr=matcher_attr)
        for entry_id, names in patterns:
            expected.add(entry_id, [nlp.make_doc(name) for name in names])
        # (vocab, patterns by key, callbacks, attr): the patterns are what the matcher matches.
        assert matcher.__reduce__()[1][1] == expected.__reduce__()[1][1]
        assert len(matcher) == len(expected) > 100
