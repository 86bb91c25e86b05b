"""The partnership extractor's page-wide reads give what the per-sentence reads they replace gave
(made-up sentences)."""

import pytest

from pipeline.extract.partnerships import (
    _DELEGATION_REACH,
    _alliance_parties,
    _joint_institutes,
    _places_of,
    _RangeSearch,
    _read_parties,
    _side_parties,
    _starts_within,
    linked_joint_institutes,
)
from pipeline.extract.spans import matching_text, phrase_finder, sentences
from pipeline.nlp import load_pipeline
from pipeline.rules import word_table

TEXTS = {
    "zh": "10日，湖南大学代表团访问英国利兹大学。双方举行会谈，代表团参观了实验室。"
    "11日，代表团到访南昌大学玛丽女王学院。伦敦大学玛丽女王学院副校长一行访问南昌大学，"
    "双方就联合培养进行了会谈。希望两校推进合作。该校代表团还走访了剑桥大学。",
    "en": "On 10 May, a delegation from Hunan University visited the University of Leeds. The delegation "
    "toured its labs. The two sides discussed a joint programme. A delegation of the University of "
    "Reading met NUIST-Reading Academy staff. The visitors signed an MoU with Nanjing University.",
}


@pytest.fixture(scope="module", params=sorted(TEXTS))
def page(request):
    language = request.param
    nlp = load_pipeline(language)
    doc = nlp(TEXTS[language])
    return language, nlp.get_pipe("partnership_extractor"), doc


def _delegation_body_sentence_by_sentence(references, doc, index, before):
    """`_References._delegation_body` as it read each sentence back in turn (before the jump)."""
    spans = sentences(doc).spans
    lowered = matching_text(doc)
    delegation_words = references._on_page(doc)[2]
    delegation_starts = references._starts(doc)[1]
    for i in range(index, max(index - _DELEGATION_REACH, -1), -1):
        sent = spans[i]
        end = min(sent.end_char, before) if i == index else sent.end_char
        if not _starts_within(delegation_starts, sent.start_char, end):
            continue
        places = sorted(
            (sent.start_char + at, sent.start_char + at + len(word))
            for word in delegation_words
            for at in _places_of(lowered[sent.start_char : end], word)
        )
        if not places:
            continue
        named = [*_side_parties(doc).in_sentence.get(i, []), *_alliance_parties(doc).in_sentence.get(i, [])]
        named.sort(key=lambda p: p.start_char)
        for start, stop in reversed(places):
            body = references._origin(lowered, named, start, stop)
            if body is not None:
                return body
    return None


def test_delegation_body_from_word_to_word_is_that_of_each_sentence_back(page):
    _, extractor, doc = page
    references = extractor.references
    assert references._starts(doc)[1], "the text names a delegation"
    bodies = set()
    for index, sent in enumerate(sentences(doc).spans):
        for before in range(sent.start_char, sent.end_char + 1):
            expected = _delegation_body_sentence_by_sentence(references, doc, index, before)
            assert references._delegation_body(doc, index, before) is expected
            bodies.add(None if expected is None else expected.known.text)
    assert len(bodies) > 2, bodies  # (several delegations' bodies, and none before the first)


def test_one_walk_finds_the_joint_institutes_a_walk_of_their_own_finds(page):
    _, _, doc = page
    for key in ("_side_parties", "_alliance_parties", "_joint_institutes", "_linked_institutes"):
        doc.user_data.pop(key, None)
    own_walk = _joint_institutes(doc)  # (no `_read_parties` yet: its own walk)
    assert own_walk[0], "the text names a joint institute"
    doc.user_data.pop("_joint_institutes")
    _read_parties(doc)
    assert doc.user_data["_joint_institutes"] == own_walk
    assert doc.user_data["_linked_institutes"] == linked_joint_institutes(doc)


def test_chinese_topic_openers_of_the_page_pass_are_those_a_range_search_finds():
    topics = word_table("zh", "partnership_topics.tsv")
    search = _RangeSearch(topics, english=False)
    nlp = load_pipeline("zh")
    for text in (TEXTS["zh"], "就就业问题就双方希望进行探讨，期待期望推进推动。", "就"):
        doc = nlp.make_doc(text)
        finder = phrase_finder(doc, topics)
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert finder(start, end) == search(doc, start, end)
