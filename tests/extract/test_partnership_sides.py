"""A Doc's side institutions, grouped by sentence once, are what a lookup per sentence gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

BULLETINS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"


def _annotated_docs(language: str, count: int) -> list:
    """Corpus bulletins run through the pipeline up to the partnership extractor."""
    from pipeline.nlp import load_pipeline, make_doc
    from pipeline.parse.html import parse_html

    nlp = load_pipeline(language)
    docs = []
    for path in sorted((BULLETINS / language).glob("*.html"))[:count]:
        doc = make_doc(nlp, parse_html(path.read_bytes(), origin=str(path)))
        for name, component in nlp.pipeline:
            if name == "partnership_extractor":
                break
            doc = component(doc)
        docs.append(doc)
    return docs


def _looked_up(doc, sent) -> list[tuple[int, int]]:
    """The sentence's institutions of a side's kind, by a range lookup of its own, less those that are
    no side themselves: a hosted body the gazetteer does not know (马德里孔子学院: its host is the side)
    and a joint laboratory (the pair's work)."""
    from pipeline.extract.partnerships import SIDE_KINDS
    from pipeline.extract.spans import facts, institutions_in
    from pipeline.nlp.institution_patterns import is_hosted_body
    from pipeline.nlp.institutions import is_joint_research_body

    def is_side(known) -> bool:
        if known.kind not in SIDE_KINDS:
            return False
        if known.entry is None and is_hosted_body(known.text):
            return False
        return not (
            known.entry is None
            and known.kind == "research_institute"
            and is_joint_research_body(known.text, doc.lang_)
        )

    found = institutions_in(doc, sent.start_char, sent.end_char)
    return [(s.start_char, s.end_char) for s in found if is_side(facts(s))]


def _grouped(doc) -> dict[int, list[tuple[int, int]]]:
    from pipeline.extract.partnerships import _side_parties

    parties = _side_parties(doc)
    assert parties.sentences == sorted(parties.in_sentence)
    return {i: [(p.span.start_char, p.span.end_char) for p in named] for i, named in parties.in_sentence.items()}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_sides_by_sentence_are_each_sentences_own_lookup(language: str) -> None:
    from pipeline.extract.spans import institution_spans, sentences

    checked = 0
    for doc in _annotated_docs(language, 8):
        _add_side_across_a_sentence_edge(doc)
        grouped = _grouped(doc)
        for index, sent in enumerate(sentences(doc).spans):
            assert grouped.get(index, []) == _looked_up(doc, sent)
            checked += bool(grouped.get(index))
        # the same when the institutions do not come in order (no bisect: each sentence reads them all)
        shuffled = list(institution_spans(doc))
        random.Random(5).shuffle(shuffled)
        for key in ("_side_parties", "_institution_index", "_institution_facts"):
            doc.user_data.pop(key, None)
        doc.user_data["institution_spans"] = shuffled
        grouped = _grouped(doc)
        for index, sent in enumerate(sentences(doc).spans):
            assert grouped.get(index, []) == _looked_up(doc, sent)
    assert checked >= 8  # sentences naming a side were compared


def _add_side_across_a_sentence_edge(doc) -> None:
    """A university whose span runs from one sentence into the next: it belongs to neither."""
    from spacy.tokens import Span

    from pipeline.extract.spans import institution_spans, sentences

    if len(sentences(doc).spans) < 2:
        return
    spans = list(institution_spans(doc))
    first, second = sentences(doc).spans[:2]
    across = Span(doc, first.end - 1, second.start + 1, label="ORG")
    across._.kind, across._.country = "university", "GB"
    spans.append(across)
    spans.sort(key=lambda s: s.start_char)
    for key in ("_institution_index", "_institution_facts"):
        doc.user_data.pop(key, None)
    doc.user_data["institution_spans"] = spans


def _references(docs: list, spans_module) -> list[list]:
    """Every institution's reference, Doc after Doc, as the extractors ask for them."""
    return [
        [
            spans_module.institution_ref(span, known)
            for span, known in zip(
                spans_module.institution_spans(doc), spans_module.institution_facts(doc), strict=True
            )
        ]
        for doc in docs
    ]


def test_references_kept_from_earlier_docs_are_each_docs_own(monkeypatch) -> None:
    """An institution's reference, kept from earlier Docs of the process (`institution_ref`, which
    every extractor asks), is the one its own Doc would make alone; and the kept ones stay bounded."""
    from pipeline.extract import spans

    docs = _annotated_docs("en", 8) + _annotated_docs("zh", 8)
    monkeypatch.setattr(spans, "_REFS", {})
    kept = _references(docs, spans)
    earlier = {id(ref) for refs in kept[:4] for ref in refs} | {id(ref) for refs in kept[8:12] for ref in refs}
    assert any(id(ref) in earlier for refs in kept[4:8] + kept[12:] for ref in refs)  # some were kept ones
    compared = 0
    for doc, refs in zip(docs, kept, strict=True):
        monkeypatch.setattr(spans, "_REFS", {})  # this Doc alone
        assert _references([doc], spans)[0] == refs
        compared += len(refs)
    assert compared >= 100

    monkeypatch.setattr(spans, "_MAX_REFS", 16)
    monkeypatch.setattr(spans, "_REFS", {})
    assert _references(docs, spans) == kept
    assert 0 < len(spans._REFS) <= 16


@pytest.mark.parametrize("language", ["en", "zh"])
def test_sentence_start_by_bisect_is_the_spans_own_sentence(language: str) -> None:
    """`_sentence_start` (the Doc's sentences looked up by character) is `span.sent.start`, for
    every institution and for a span at every token (sentence starts and ends included)."""
    from pipeline.extract.partnerships import _sentence_start
    from pipeline.extract.spans import institution_spans

    checked = 0
    for doc in _annotated_docs(language, 6):
        spans = [*institution_spans(doc), *(doc[i : i + 1] for i in range(len(doc)))]
        for span in spans:
            assert _sentence_start(doc, span.start_char) == span.sent.start
            checked += span.sent.start > 0
    assert checked >= 100  # spans past the first sentence were compared


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("table", ["anaphors", "side_anaphors"])
def test_a_sentence_the_anaphor_lookup_skips_holds_no_anaphor(language: str, table: str) -> None:
    """`_Anaphors.of` gives None only for a sentence where `find_phrases` finds no anaphor of its
    table, and otherwise the finder of the whole table; `found_in` is whether it finds one that
    names no groups (双方高校, 两国高校: groups of both sides, no pair)."""
    from pipeline.extract.partnerships import _GROUPS, PartnershipExtractor, _Anaphors
    from pipeline.extract.spans import find_phrases, sentences

    words = getattr(PartnershipExtractor(language), table)
    skipped = found = 0
    for doc in _annotated_docs(language, 12):
        anaphors = _Anaphors(doc, words)
        for sent in sentences(doc).spans:
            expected = find_phrases(doc, sent.start_char, sent.end_char, words)
            finder = anaphors.of(sent)
            if finder is None:
                assert expected == []
                skipped += 1
            else:
                assert finder(sent.start_char, sent.end_char) == expected
                found += bool(expected)
            assert anaphors.found_in(sent) == any(hit.value != _GROUPS for hit in expected)
    assert skipped and (found or not words)  # both ways were taken (English has no side anaphors yet)
