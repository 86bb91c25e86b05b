"""The Chinese tokenizer hands the tokens' NORM and IDX columns on to the name patterns: they must be
what `Doc.to_array([NORM, IDX])` reads, and the patterns must find the same names with or without them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IDX, NORM

from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs
from pipeline.nlp import load_pipeline, make_doc
from pipeline.nlp.extensions import read_rows
from pipeline.nlp.institution_patterns import ChinesePatterns
from pipeline.nlp.tokenizer_zh import NORM_IDX_KEY
from tests.nlp.test_tokenizer_zh import _PIECES, ODD_TEXTS

_CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _assert_handed_columns_are_the_docs(text: str) -> None:
    doc = load_pipeline("zh").make_doc(text)
    handed = doc.user_data[NORM_IDX_KEY]
    read = doc.to_array([NORM, IDX]).reshape(len(doc), 2)
    assert handed.dtype == read.dtype and handed.shape == read.shape
    assert np.array_equal(handed, read), text


def _chinese_bulletins() -> list[Bulletin]:
    """The Chinese bulletins of the train split (the pages, HTML or text, beside their gold)."""
    split = dict(line.split("\t")[:2] for line in (_CORPUS / "split-zh.tsv").read_text().splitlines() if line)
    pages = [
        path
        for path in sorted((_CORPUS / "bulletins" / "zh").iterdir())
        if not path.name.endswith(".json") and split.get(path.name.split(".")[0]) == "train"
    ]
    bulletins = [b for b in read_inputs(pages) if isinstance(b, Bulletin)]
    assert len(bulletins) > 50
    return bulletins


def test_the_handed_columns_are_the_docs_on_the_corpus_and_odd_texts():
    for text in [b.text for b in _chinese_bulletins()] + ODD_TEXTS:
        _assert_handed_columns_are_the_docs(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_the_handed_columns_are_the_docs_on_any_mix(parts):
    _assert_handed_columns_are_the_docs("".join(parts))


def test_the_patterns_find_the_same_names_without_the_handed_columns():
    nlp = load_pipeline("zh")
    finder = ChinesePatterns()
    before_patterns = [
        component for name, component in nlp.pipeline if name in ("bulletin_sentencizer", "institution_gazetteer")
    ]
    found = 0
    for bulletin in _chinese_bulletins():
        doc = make_doc(nlp, bulletin)
        for component in before_patterns:
            doc = component(doc)
        known = read_rows(doc, "inst_gazetteer")
        assert NORM_IDX_KEY in doc.user_data
        handed = finder.find(doc, known)
        assert NORM_IDX_KEY not in doc.user_data  # taken once, not kept with the Doc
        read = finder.find(doc, known)  # the Doc's own columns
        assert handed == read, bulletin.origin
        found += len(handed)
    assert found > 50
