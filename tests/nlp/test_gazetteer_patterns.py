"""The gazetteer's patterns, made from one Doc of all names, are what one make_doc a name gives."""

from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.attrs import LOWER, NORM, ORTH
from spacy.matcher import PhraseMatcher

from pipeline.link.gazetteer import load_gazetteer
from pipeline.nlp import load_pipeline
from pipeline.nlp.gazetteer_ruler import doc_keys, gazetteer_patterns, pattern_keys, stored_pattern_keys


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


# -- the ruler's fast paths against its plain reading ---------------------------------------------

_ABBREVIATIONS = sorted({name for _, names in gazetteer_patterns(load_gazetteer())[1] for name in names})
_MULTI_WORD = [name for name in _ABBREVIATIONS if not name.isalnum()]


def _spaced_out(name: str) -> str:
    """A name written with a space after every character that is no letter or digit."""
    return "".join(ch + " " if not ch.isalnum() else ch for ch in name)


_RULER_PIECES = st.one_of(
    st.sampled_from(_ABBREVIATIONS),
    st.sampled_from(_MULTI_WORD),
    st.sampled_from(_MULTI_WORD).map(_spaced_out),
    st.sampled_from(["北京大学", "清华大学", "与", "签署", "，", "。", " ", "  ", "\n", "M", ".", "-", "(", ")", "A"]),
    st.sampled_from(["University", "of", "Oxford", "university", "UK"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_RULER_PIECES, max_size=16), st.sampled_from(["en", "zh"]))
@example(["签署", _spaced_out("M.U.S.T.")], "zh")  # written with spaces: no abbreviation as written
def test_the_ruler_finds_what_both_matchers_find_over_every_token(pieces: list[str], language: str) -> None:
    """The ruler's spans and rows are those of both matchers run over the whole Doc, made with
    their strings and sorted by start, longest first; the abbreviation matcher is skipped only
    where it finds nothing."""
    from spacy.tokens import Span

    from pipeline.nlp.extensions import read_rows

    nlp = load_pipeline(language)
    ruler = nlp.get_pipe("institution_gazetteer")
    doc = nlp.make_doc("".join(pieces))
    if ruler.abbreviations(doc):
        assert ruler._may_hold_abbreviations(doc)
    plain = [
        Span(doc, start, end, label="ORG", kb_id=match_id)
        for matcher in (ruler.matcher, ruler.abbreviations)
        for match_id, start, end in matcher(doc)
    ]
    plain.sort(key=lambda s: (s.start, -s.end))
    ruler(doc)
    found = [(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id) for s in doc.spans["inst_gazetteer"]]
    assert found == [(s.start, s.end, s.start_char, s.end_char, "ORG", s.kb_id_, 0) for s in plain]
    assert [tuple(row) for row in read_rows(doc, "inst_gazetteer")] == found


# -- the keys kept in a cache file ----------------------------------------------------------------


def _no_make_doc(text: str):
    raise AssertionError("tokenised although the cache file holds the tokens")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_stored_keys_are_the_keys_and_are_read_back_without_tokenising(
    language: str, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(tmp_path))
    nlp = load_pipeline(language)
    names = [name for _, entry_names in gazetteer_patterns(load_gazetteer())[0] for name in entry_names][:300]
    texts = TRICKY + names
    for attr in (ORTH, LOWER, NORM):
        expected = pattern_keys(nlp, texts, attr)
        assert stored_pattern_keys(nlp, texts, attr) == expected  # tokenised, then written
        with monkeypatch.context() as patch:
            patch.setattr(nlp, "make_doc", _no_make_doc)
            assert stored_pattern_keys(nlp, texts, attr) == expected
    assert len(list(tmp_path.glob("gazetteer-tokens-*.json"))) == 3
    assert not list(tmp_path.glob("*.tmp"))


def test_read_back_keys_name_their_strings_in_a_new_vocabulary(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(tmp_path))
    texts = ["University of Leeds", "U.S.-China Education Trust", "(UK) Ltd."]
    expected = stored_pattern_keys(spacy.blank("en"), texts, LOWER)
    fresh = spacy.blank("en")
    monkeypatch.setattr(fresh, "make_doc", _no_make_doc)
    keys = stored_pattern_keys(fresh, texts, LOWER)
    assert keys == expected
    written = [[token.lower_ for token in spacy.blank("en").make_doc(text)] for text in texts]
    assert [[fresh.vocab.strings[key] for key in text_keys] for text_keys in keys] == written


@pytest.mark.parametrize("content", ["", "{", "[]", '[["a"], ["b"]]', '[["a"], 3, ["c"]]', '[["a"], [1], ["c"]]'])
def test_a_cache_file_not_of_its_shape_is_rebuilt(content: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(tmp_path))
    nlp = spacy.blank("en")
    texts = ["University of Leeds", "UTS", "King's College London"]
    expected = pattern_keys(nlp, texts, LOWER)
    stored_pattern_keys(nlp, texts, LOWER)
    [path] = tmp_path.glob("gazetteer-tokens-*.json")
    path.write_text(content, encoding="utf-8")
    assert stored_pattern_keys(nlp, texts, LOWER) == expected
    assert len(json.loads(path.read_text(encoding="utf-8"))) == len(texts)  # written again


def test_other_texts_a_tokenizer_with_other_rules_or_no_cache_folder_read_no_stored_keys(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(tmp_path))
    texts = ["St. Andrews University", "Open University"]
    stored_pattern_keys(spacy.blank("en"), texts, LOWER)
    [path] = tmp_path.glob("gazetteer-tokens-*.json")
    path.write_text('[["x"], ["y"]]', encoding="utf-8")  # a stale file under the same key: read
    assert stored_pattern_keys(spacy.blank("en"), texts, LOWER) == [
        [spacy.blank("en").vocab.strings.add(t)] for t in "xy"
    ]
    # Another text, another tokenizer, another attribute: other keys, tokenised.
    assert stored_pattern_keys(spacy.blank("en"), texts[:1], LOWER) == pattern_keys(spacy.blank("en"), texts[:1], LOWER)
    special = spacy.blank("en")
    special.tokenizer.add_special_case("Open", [{ORTH: "Op"}, {ORTH: "en"}])
    assert stored_pattern_keys(special, texts, LOWER) == pattern_keys(special, texts, LOWER)
    assert stored_pattern_keys(spacy.blank("en"), texts, ORTH) == pattern_keys(spacy.blank("en"), texts, ORTH)
    monkeypatch.setenv("PIPELINE_CACHE_DIR", "")
    assert stored_pattern_keys(spacy.blank("en"), texts, LOWER) == pattern_keys(spacy.blank("en"), texts, LOWER)
    assert len(list(tmp_path.glob("gazetteer-tokens-*.json"))) == 4


def test_an_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(blocked / "cache"))  # under a file: cannot be made
    nlp = spacy.blank("en")
    assert stored_pattern_keys(nlp, ["University of Leeds"], LOWER) == pattern_keys(nlp, ["University of Leeds"], LOWER)


def test_only_the_most_recent_cache_files_are_kept(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from pipeline.nlp import gazetteer_ruler

    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(gazetteer_ruler, "KEPT_CACHE_FILES", 3)
    other = tmp_path / "other.json"
    other.write_text("[]")
    nlp = spacy.blank("en")
    for text in ["a b", "c d", "e f", "g h"]:
        stored_pattern_keys(nlp, [text], LOWER)
        for path in tmp_path.glob("gazetteer-tokens-*.json"):  # older, as they were written
            os.utime(path, (path.stat().st_mtime - 10, path.stat().st_mtime - 10))
    kept = sorted(json.loads(path.read_text()) for path in tmp_path.glob("gazetteer-tokens-*.json"))
    assert kept == [[["c", "d"]], [["e", "f"]], [["g", "h"]]]
    assert other.exists()


def test_a_chinese_text_is_scanned_for_abbreviations_by_its_ascii_characters() -> None:
    """Chinese pages gate the abbreviation matcher on their ASCII characters alone (the
    abbreviations are all ASCII): a name written between Chinese words still opens the gate."""
    nlp = load_pipeline("zh")
    ruler = nlp.get_pipe("institution_gazetteer")
    assert ruler._abbreviations_ascii
    assert not ruler._may_hold_abbreviations(nlp.make_doc("北京大学与清华大学签署合作协议。"))
    doc = nlp.make_doc("北京大学（PKU）与清华大学签署合作协议。")
    assert ruler.abbreviations(doc)
    assert ruler._may_hold_abbreviations(doc)
