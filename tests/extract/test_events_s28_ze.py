"""Session 28 (ze, speed): work the event extractor no longer does twice, pinned down. The tokens'
IDX column of a Chinese page is read once, by the name patterns, and handed on to the event
extractor; a draft's sentence is read for `_told_apart` only when a twin on its day asks, and for
`_one_trip`'s words once however many visits it is compared with. Every sentence is made up."""

from __future__ import annotations

import pytest
from spacy.attrs import IDX

from pipeline.extract import events
from pipeline.extract.events import _Draft, _one_trip, _twin_of
from pipeline.nlp import load_pipeline


def _through(language: str, text: str, last: str):
    nlp = load_pipeline(language)
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == last:
            break
    return doc


def test_a_chinese_pages_token_starts_are_kept_by_the_name_patterns() -> None:
    from pipeline.nlp.institution_patterns import kept_token_starts

    doc = _through("zh", "11月5日，江西理工大学代表团访问莫斯科国立大学，双方签署合作备忘录。", "institution_patterns")
    kept = kept_token_starts(doc)
    assert kept is not None
    assert kept.tolist() == doc.to_array(IDX).tolist()


def test_an_english_page_keeps_none() -> None:
    from pipeline.nlp.institution_patterns import kept_token_starts

    doc = _through("en", "On 5 November a delegation of Harbin University visited Lyon.", "institution_patterns")
    assert kept_token_starts(doc) is None


def _draft(kind: str, date: str | None, text: str, start: int = 0) -> _Draft:
    return _Draft(kind, None, date, None, None, {"start": start, "end": start + len(text), "text": text})


def test_the_first_happening_of_its_kind_is_not_read_for_a_twin(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(events, "_told_apart", lambda event: asked.append(event.evidence["text"]) or False)
    signing = _draft("signing", "2026-11-05", "当天下午，两校另行签署了一份合作协议。")
    assert _twin_of([], [], signing) is None
    assert asked == []


def test_a_twin_on_another_day_is_not_read_for_a_separate_ceremony(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(events, "_told_apart", lambda event: asked.append(event.evidence["text"]) or False)
    first = _draft("signing", "2026-11-05", "11月5日，两校签署合作协议。")
    later = _draft("signing", None, "协议签署后，双方举行了座谈。", 40)
    assert _twin_of([first], [0], later) == 0
    assert asked == []


def test_a_visits_sentence_is_read_once_for_every_visit_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    opens = events._party_opens
    monkeypatch.setattr(events, "_party_opens", lambda text: read.append(text) or opens(text))
    earlier = [
        _draft("visit", "2026-11-02", "11月2日，校长会见了来访的哈萨克斯坦客人。"),
        _draft("visit", "2026-11-03", "11月3日，客人参观了学校图书馆。", 30),
        _draft("visit", "2026-11-04", "11月4日，客人前往实验室座谈。", 60),
    ]
    later = _draft("visit", "2026-11-09", "11月9日，另一所大学的校长来访。", 90)
    known: dict[tuple[int, int], tuple[bool, bool, bool]] = {}
    assert [_one_trip(first, later, known) for first in earlier] == [False, False, False]
    assert read.count(later.evidence["text"].lower()) == 1


def test_reading_a_visits_sentence_once_changes_no_answer() -> None:
    first = _draft("visit", "2026-11-17", "11月17日，代表团一行抵达")
    later = _draft("visit", "2026-11-19", "访问期间，代表团还参观了博物馆", 20)
    known: dict[tuple[int, int], tuple[bool, bool, bool]] = {}
    assert _one_trip(first, later, known) is _one_trip(first, later) is True


class _CountedPattern:
    """A pattern that counts the matches tried with it."""

    def __init__(self, pattern) -> None:
        self.pattern, self.tried = pattern, []

    def match(self, text: str, at: int):
        self.tried.append(text[at : at + 3])
        return self.pattern.match(text, at)


def test_a_place_is_tried_only_where_a_places_first_two_characters_follow_the_word() -> None:
    text = "学校在新时代开启合作，代表团在南昌签署合作协议。年会在京举行。"
    pattern = _CountedPattern(events._place_pattern(False))
    found = events._place_matches(text, pattern)
    # (a city's one-character name is tried before an event word: 在京举行)
    assert [text[start:end] for _, _, start, end in found] == ["南昌", "京"]
    assert pattern.tried == ["在南昌", "在京举"]

