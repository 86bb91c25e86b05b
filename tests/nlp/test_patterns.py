"""The institution finders' fast paths against the slow reading they replace."""

from __future__ import annotations

import pickle

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab


def test_rows_are_what_the_span_group_holds_and_follow_a_new_group():
    from pipeline.nlp.extensions import SpanRow, read_rows, write_rows

    doc = Doc(Vocab(), words=["Nanchang", "University", "and", "Lincoln", "University", "met"])
    rows = [SpanRow(0, 2, 0, 19, "university", "cn-ncu", 0), SpanRow(3, 5, 24, 42, "ORG", "", 7)]
    write_rows(doc, "found", rows)
    spans = [(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id) for s in doc.spans["found"]]
    assert spans == [tuple(row) for row in rows]
    assert read_rows(doc, "found") is rows  # handed on, not read again
    copy = doc.copy()  # the rows go with the Doc
    assert read_rows(copy, "found") == rows
    doc.spans["found"] = [Span(doc, 5, 6, label="other")]  # written anew: read from the group
    assert read_rows(doc, "found") == [SpanRow(5, 6, 43, 46, "other", "", 0)]
    doc.spans["found"].append(Span(doc, 0, 1, label="x"))  # grown in place: read again
    assert [r.start for r in read_rows(doc, "found")] == [5, 0]
    assert read_rows(doc, "missing") == []


@pytest.mark.parametrize("recent", [1, 3, 1 << 12])
def test_word_bits_from_the_sorted_arrays_are_the_words_own(recent, monkeypatch):
    """Bits looked up by id, through every path (known, recent, new, merged), equal the bits
    worked out from the word itself, token by token."""
    import numpy as np
    from spacy.attrs import ORTH

    from pipeline.nlp import load_pipeline
    from pipeline.nlp.institution_patterns import EnglishPatterns, _Lexicon

    monkeypatch.setattr(_Lexicon, "RECENT", recent)
    nlp = load_pipeline("en")
    lexicon = EnglishPatterns()._lexicon
    texts = [
        "The Hubei Polytechnic Institute and the Embassy of France in China, Co., Ltd. (HNU)",
        "Jiaotong-Liverpool University named after 211 People's Government - University of Oslo",
        "the and & of 'S ’s Consulate General Universidad Técnica 2024 Forum",
    ]
    for text in texts * 2:
        doc = nlp.make_doc(text)
        orth = np.ascontiguousarray(doc.to_array([ORTH]).reshape(-1))
        expected = [lexicon._bits_of_word(t.text, t.lower_, t.is_alpha) for t in doc]
        assert lexicon.bits_of(doc, orth).tolist() == expected


def test_spans_written_are_handed_on_while_the_group_is_that_one():
    from pipeline.nlp.extensions import SpanRow, read_rows, read_spans, write_rows, write_spans

    doc = Doc(Vocab(), words=["Nanchang", "University", "and", "Lincoln", "University", "met"])
    spans = [doc[0:2], doc[3:5]]
    write_spans(doc, "found", spans)
    assert read_spans(doc, "found") == spans
    assert all(a is b for a, b in zip(read_spans(doc, "found"), spans, strict=True))  # handed on, not read again
    assert read_rows(doc, "found") == [SpanRow(s.start, s.end, s.start_char, s.end_char, "", "", 0) for s in spans]
    assert read_spans(doc, "found") == spans  # reading rows keeps the group's stamp
    copy = pickle.loads(pickle.dumps(doc.copy()))  # nothing kept goes with a copy: its own spans
    assert [(s.doc, s.start, s.end) for s in read_spans(copy, "found")] == [(copy, 0, 2), (copy, 3, 5)]
    doc.spans["found"].append(doc[5:6])  # grown
    assert read_spans(doc, "found") == [*spans, doc[5:6]]
    write_rows(doc, "found", [SpanRow(1, 2, 0, 0, "x", "", 0)])  # written anew
    assert [(s.start, s.end) for s in read_spans(doc, "found")] == [(1, 2)]
    doc.spans["found"] = [doc[0:1]]
    assert read_spans(doc, "found") == [doc[0:1]]
    assert read_spans(doc, "missing") == []
