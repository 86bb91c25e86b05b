"""The shared span helpers: vocabulary patterns and evidence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.spans import alternation
from pipeline.parse.decode import decode_bytes
from pipeline.rules import word_list, word_table

BULLETINS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"


def _bulletin_text(path: Path) -> str:
    """A corpus text file as the pipeline reads it (GB18030 and Big5 files among them)."""
    return decode_bytes(path.read_bytes())[0]


def _longest_first(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("en", tuple(word_table("en", "partnership_triggers.tsv"))),
        ("en", tuple(word_table("en", "event_triggers.tsv"))),
        ("zh", tuple(word_table("zh", "partnership_triggers.tsv"))),
        ("zh", tuple(word_list("zh", "titles.txt"))),
    ],
)
def test_trie_alternation_finds_what_longest_first_alternation_finds(language: str, phrases: tuple[str, ...]) -> None:
    # Whole words with checks after the phrase, so that backtracking to a shorter phrase is exercised.
    wrap = r"(?<![\w-])(?:{})(?![\w-])" if language == "en" else "(?:{})"
    naive = re.compile(wrap.format(_longest_first(phrases)))
    trie = re.compile(wrap.format(alternation(phrases)))
    texts = [_bulletin_text(path).lower() for path in sorted((BULLETINS / language).glob("*.txt"))]
    found = 0
    for text in texts:
        expected = [m.span() for m in naive.finditer(text)]
        assert [m.span() for m in trie.finditer(text)] == expected
        found += len(expected)
    assert found > 0


def test_trie_alternation_prefers_the_longest_and_backs_off_to_shorter() -> None:
    pattern = re.compile(r"(?:{})(?!\w)".format(alternation(["sign", "signed", "signed mou"])))
    assert [m.group() for m in pattern.finditer("signed mou; signed moux; sign")] == ["signed mou", "signed", "sign"]
    assert alternation(["a", "ab", "b"]) == "(?:ab?|b)"


def _after_found(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_people_after_pattern_is_tried_only_near_a_comma_and_title_yet_finds_the_same() -> None:
    from pipeline.extract.people import _after_matches, _en_patterns

    after, _ = _en_patterns()
    texts = [_bulletin_text(path) for path in sorted((BULLETINS / "en").glob("*.txt"))]
    texts.append(
        "Talks: Professor Jane Doe, Pro Vice-Chancellor (International) of Harlow University, and"
        " Wang Ming, deputy director of the Hunan Provincial Department of Education; Li Hua, President"
        " at Nanchang University. 2024, Dean of nothing, Zhang Wei, Dean of Students of X."
    )
    found = 0
    for text in texts:
        expected = _after_found(after.finditer(text))
        assert _after_found(_after_matches(text)) == expected
        found += len(expected)
    assert found > 3


def _searched_in_range(doc, start: int, end: int, table: dict[str, str]) -> list:
    """What `find_phrases` found before it sliced the whole text's hits: a search of the range."""
    from pipeline.extract.spans import Hit, _vocabulary, matching_text

    vocabulary = _vocabulary(table, doc.lang_ != "zh")
    text = matching_text(doc)
    return [
        Hit(m.start(), m.end(), m.group(0), vocabulary.lookup[m.group(0)])
        for m in vocabulary.pattern.finditer(text, start, end)
    ]


@pytest.mark.parametrize(
    ("language", "table"), [("en", "partnership_triggers.tsv"), ("zh", "partnership_triggers.tsv")]
)
def test_phrases_sliced_from_the_whole_text_are_those_a_search_of_the_range_finds(language: str, table: str) -> None:
    import random

    import spacy

    from pipeline.extract.spans import find_phrases

    phrases = word_table(language, table)
    nlp = spacy.blank(language) if language == "en" else None
    if nlp is None:
        from pipeline.nlp import load_pipeline

        nlp = load_pipeline("zh")
    randomly = random.Random(6)
    checked = cut = 0
    for path in sorted((BULLETINS / language).glob("*.txt"))[:12]:
        doc = nlp.make_doc(_bulletin_text(path))
        hits = find_phrases(doc, 0, len(doc.text), phrases)
        # ranges at sentence-like token edges, at random characters and cutting a phrase
        edges = [t.idx for t in doc] + [len(doc.text)]
        ranges = [tuple(sorted(randomly.sample(edges, 2))) for _ in range(40)]
        ranges += [tuple(sorted(randomly.sample(range(len(doc.text) + 1), 2))) for _ in range(40)]
        ranges += [(h.start + 1, h.end + 5) for h in hits] + [(h.start - 3, h.end - 1) for h in hits]
        ranges += [(max(h.start - 5, 0), h.end) for h in hits]  # a phrase ending at the range's end
        for start, end in ranges:
            assert find_phrases(doc, start, end, phrases) == _searched_in_range(doc, start, end, phrases)
            checked += 1
        cut += len(hits)
    assert checked > 500 and cut > 10
    if language == "en":
        # a phrase cut off from the word it begins ("signedx"): the range's search finds it
        for phrase in sorted(phrases)[:10]:
            doc = nlp.make_doc(f"The two sides {phrase}x today.")
            end = len("The two sides ") + len(phrase)
            assert find_phrases(doc, 0, end, phrases) == _searched_in_range(doc, 0, end, phrases) != []


def test_sentences_overlapping_many_ranges_by_arrays_is_the_loop_over_them(monkeypatch) -> None:
    """Also for ranges in any order that overlap each other."""
    import random

    import numpy as np

    import pipeline.extract.spans as spans

    randomly = random.Random(6)
    for _ in range(300):
        starts = sorted(randomly.sample(range(3000), randomly.randint(1, 150)))
        sentences = spans.Sentences([], starts, np.array(starts, dtype=np.int64), [])
        edges = sorted(randomly.sample(range(1, 3000), 2 * randomly.randint(1, 60)))
        ranges = spans.Spans(edges[0::2], edges[1::2])
        if randomly.random() < 0.5:  # as `_sentences_worth_reading` gives them: unordered, overlapping
            pairs = [tuple(sorted(randomly.sample(range(3000), 2))) for _ in range(randomly.randint(1, 60))]
            ranges = spans.Spans([a for a, _ in pairs], [b for _, b in pairs])
        monkeypatch.setattr(spans, "_FEW_RANGES", 10**6)
        looped = sentences.overlapping(ranges)
        monkeypatch.setattr(spans, "_FEW_RANGES", 0)
        assert sentences.overlapping(ranges) == looped


@pytest.mark.parametrize("hits_first", [True, False])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_phrase_spans_are_the_scan_matches_whether_the_hits_were_made_first(language: str, hits_first: bool) -> None:
    """One pass makes a vocabulary's hits and where its phrases stand."""
    from pipeline.extract.spans import _scan_pattern, matching_text, phrase_finder, phrase_pattern, phrase_spans
    from pipeline.nlp import load_pipeline

    nlp = load_pipeline(language)
    table = word_table(language, "partnership_triggers.tsv")
    scan = _scan_pattern(tuple(table), language == "en")
    pattern = phrase_pattern(tuple(table), language == "en")
    found = 0
    for path in sorted((BULLETINS / language).glob("*.txt"))[:8]:
        doc = nlp.make_doc(_bulletin_text(path))
        if hits_first:
            hits = phrase_finder(doc, table)(0, len(doc.text))
        spans = phrase_spans(doc, table)
        expected = [m.span() for m in scan.finditer(matching_text(doc))]
        assert list(zip(spans.starts, spans.ends, strict=True)) == expected
        if hits_first:
            assert [(h.start, h.end) for h in hits] == [m.span() for m in pattern.finditer(matching_text(doc))]
        found += len(expected)
    assert found > 10


@pytest.mark.parametrize("language", ["en", "zh"])
def test_token_view_reads_what_the_tokens_hold(language: str) -> None:
    from pipeline.extract.spans import tokens
    from pipeline.nlp import load_pipeline

    nlp = load_pipeline(language)
    for path in sorted((BULLETINS / language).glob("*.txt"))[:3]:
        doc = nlp.make_doc(_bulletin_text(path))
        view = tokens(doc)
        for token in doc:
            i = token.i
            assert (view.start(i), view.end(i)) == (token.idx, token.idx + len(token))
            assert (view.text_of(i), view.norm(i)) == (token.text, token.norm_)
        for start in range(0, len(doc) - 6, 7):
            assert view.span_text(start, start + 6) == doc[start : start + 6].text


def test_mentions_of_one_institution_share_one_reference() -> None:
    import spacy

    from pipeline.extract.spans import institution_ref
    from pipeline.nlp.extensions import register_extensions

    register_extensions()
    doc = spacy.blank("en").make_doc("Nanchang University met Nanchang University and Harlow University.")
    first, second, other = doc[0:2], doc[3:5], doc[6:8]
    for span in (first, second, other):
        span._.kind = "university"
    refs = [institution_ref(span) for span in (first, second, other)]
    assert refs[0] is refs[1] and refs[0].name == "Nanchang University"
    assert refs[2] is not refs[0] and refs[2].name == "Harlow University"
    assert institution_ref(doc[0:2]) is refs[0]  # a new Span object for the same mention


@pytest.mark.parametrize("language", ["en", "zh"])
def test_institutions_in_a_range_are_those_wholly_inside_it(language: str) -> None:
    """`institution_bounds` are the spans' own (read again for a list put in place of the first).
    The bisect over the ordered institutions (a slice when none starting inside runs past the end)
    gives what a look at every institution gives, also with spans that nest or cross."""
    import random

    from spacy.tokens import Span

    from pipeline.extract.spans import institution_bounds, institution_spans, institutions_in
    from pipeline.nlp import load_pipeline, make_doc
    from pipeline.parse.html import parse_html

    nlp = load_pipeline(language)
    randomly = random.Random(7)
    compared = crossing = 0
    for path in sorted((BULLETINS / language).glob("*.html"))[:6]:
        doc = make_doc(nlp, parse_html(path.read_bytes(), origin=str(path)))
        for name, component in nlp.pipeline:
            if name == "date_finder":
                break
            doc = component(doc)
        spans = list(institution_spans(doc))
        assert institution_bounds(doc) == ([s.start_char for s in spans], [s.end_char for s in spans])
        for span in spans[::3]:  # longer spans starting where others do: they end past a range that holds those
            spans.append(Span(doc, span.start, min(span.end + 3, len(doc)), label=span.label))
        spans.sort(key=lambda s: s.start_char)
        doc.user_data.pop("_institution_index", None)
        doc.user_data["institution_spans"] = spans
        assert institution_bounds(doc) == ([s.start_char for s in spans], [s.end_char for s in spans])  # read again
        length = len(doc.text)
        for _ in range(300):
            start = randomly.randrange(length)
            end = min(length, start + randomly.choice([1, 20, 120, 600, 3000]))
            found = institutions_in(doc, start, end)
            expected = [s for s in spans if s.start_char >= start and s.end_char <= end]
            assert found == expected
            compared += len(expected)
            crossing += any(start <= s.start_char <= end < s.end_char for s in spans)
    assert compared > 100 and crossing > 20  # both ways of answering were taken


def test_a_word_goes_on_by_the_same_characters_as_the_patterns_say() -> None:
    """`_goes_on` of every character is the English patterns' `[\\w-]`."""
    from pipeline.extract.spans import _WORD_GOES_ON, _goes_on

    differ = [c for c in map(chr, range(0x110000)) if _goes_on(c) != bool(_WORD_GOES_ON.match(c))]
    assert differ == []


_PHRASES = ("sign", "signed", "mou", "an mou", "co-op", "sign an", "é")
_TEXT_PARTS = [*_PHRASES, " ", "-", "_", "a", "x", "7", "ß", "é", "²", "\n", ".", "签署", "签"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PARTS), max_size=30), st.booleans())
def test_one_pass_finds_what_the_patterns_find(parts: list[str], english: bool) -> None:
    """The automaton's hits and scan are `finditer` of `phrase_pattern` and `_scan_pattern`, and
    the hits made of them (fields and types) those the patterns' matches give."""
    from pipeline.extract.spans import Hit, _Automaton, _doc_hits, _scan_pattern, phrase_pattern

    text = "".join(parts)
    phrases = (*_PHRASES, "签署", "签")
    indices, hits, scan = _Automaton(phrases, english).find(text)
    matches = list(phrase_pattern(phrases, english).finditer(text))
    assert [phrases[i] for i in indices] == [m.group(0) for m in matches]
    assert (hits.starts, hits.ends) == ([m.start() for m in matches], [m.end() for m in matches])
    scanned = list(_scan_pattern(phrases, english).finditer(text))
    assert (scan.starts, scan.ends) == ([m.start() for m in scanned], [m.end() for m in scanned])

    table = {phrase: f"value of {phrase}" for phrase in phrases}
    doc = _StubDoc(text, "en" if english else "zh")
    made = _doc_hits(doc, table).hits
    assert made == [Hit(m.start(), m.end(), m.group(0), table[m.group(0)]) for m in matches]
    assert all(type(hit) is Hit for hit in made)


_FEW_PARTS = ["签", "约", "仪", "式", "于", "在", "协", "议", "a", "1", "。"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(st.sampled_from(_FEW_PARTS), min_size=1, max_size=4), min_size=1, max_size=4, unique=True),
    st.lists(st.sampled_from(_FEW_PARTS), max_size=40),
)
def test_a_few_phrases_found_by_their_scans_are_what_the_automaton_finds(phrases: list[str], parts: list[str]) -> None:
    """A Chinese vocabulary of a few phrases (searched by `str.find`, not the automaton) gives what
    the library's leftmost-longest automaton and `phrase_pattern` give: phrases sharing openings,
    one inside another, repeated and overlapping occurrences."""
    from ahocorasick_rs import AhoCorasick, MatchKind

    from pipeline.extract.spans import _FEW_PHRASES, _Automaton, phrase_pattern

    vocabulary = tuple(phrases)
    text = "".join(parts)
    automaton = _Automaton(vocabulary, english=False)
    assert automaton.few == (len(vocabulary) <= _FEW_PHRASES)
    indices, hits, scan = automaton.find(text)
    expected = AhoCorasick(vocabulary, matchkind=MatchKind.LeftmostLongest).find_matches_as_indexes(text)
    assert list(zip(indices, hits.starts, hits.ends, strict=True)) == expected
    assert (scan.starts, scan.ends) == (hits.starts, hits.ends)
    matches = list(phrase_pattern(vocabulary, False).finditer(text))
    assert [(m.start(), m.end()) for m in matches] == [(start, end) for _, start, end in expected]


class _StubDoc:
    """What `_doc_hits` reads of a Doc: its matching text (already lower case) and language."""

    def __init__(self, text: str, language: str) -> None:
        self.lang_ = language
        self.user_data = {"_matching_text": text}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_sentences_first_tokens_and_characters_are_those_of_doc_sents(language: str) -> None:
    """`tokens` (the sentencizer's, no Span read) and `starts` are where `doc.sents` starts."""
    from pipeline.batch import parse_raw
    from pipeline.bulletin import Bulletin
    from pipeline.extract.spans import sentences
    from pipeline.inputs import read_inputs
    from pipeline.nlp import load_pipeline, make_doc

    nlp = load_pipeline(language)
    checked = 0
    for item in read_inputs(sorted((BULLETINS / language).glob("*.html"))[:12]):
        bulletin = parse_raw(item)
        assert isinstance(bulletin, Bulletin)
        doc = nlp.get_pipe("bulletin_sentencizer")(make_doc(nlp, bulletin))
        found = sentences(doc)
        assert found.tokens == [s.start for s in doc.sents]
        assert found.starts == [s.start_char for s in doc.sents]
        checked += len(found.tokens)
    assert checked >= 100
