"""Long runs of the characters that patterns repeat cost time in proportion to their length (session 29,
fz): spaCy's English suffix search read a whole chunk each time it cut one suffix off it."""

from __future__ import annotations

import time

import spacy

from pipeline.bulletin import Bulletin
from pipeline.nlp import load_pipeline, make_doc


def test_a_long_run_of_punctuation_is_tokenised_in_time_linear_in_its_length() -> None:
    nlp = load_pipeline("en")
    for mark in ("，", ",", "'", "–"):
        text = "Signed in Nanchang" + mark * 6000 + " on 3 May."  # 3,000 marks took 3 s, 6,000 over 10 s
        started = time.perf_counter()
        doc = make_doc(nlp, Bulletin(text=text, language="en", origin="run"))
        assert time.perf_counter() - started < 3.0, mark
        assert doc.text == text
        assert [t.text for t in doc[:3]] == ["Signed", "in", "Nanchang"]


def test_chunks_are_cut_as_spacy_cuts_them() -> None:
    ours, plain = load_pipeline("en").tokenizer, spacy.blank("en").tokenizer
    chunks = [
        "(Nanchang", "University's", "U.K.)", "5km.", "2+2", "\"hello\"", "end...", "…", "—ok—", "'quoted',", "e.g.,",
        "https://www.ncu.edu.cn/info/1021/12345.htm).", "(" + "x" * 70 + ")...", "a" * 200 + ".\"",
    ]
    for chunk in chunks:
        assert [t.text for t in ours(chunk)] == [t.text for t in plain(chunk)], chunk


def test_a_long_run_of_titles_costs_time_linear_in_its_length(extract) -> None:
    # each title of a run that no name ends read on to the run's end and back: 3,600 characters of
    # 主任 took 7.8 s a page, 10,800 of 常务及 5 s, 6,400 of "Dr. " 2 s (n^2)
    for run, language in (("主任" * 3000, "zh"), ("常务及" * 3000, "zh"), ("副校长、" * 1500, "zh"),
                          ("Dr. " * 3000, "en"), ("vice " * 3000, "en")):
        started = time.perf_counter()
        extract(run + ("。" if language == "zh" else "."), language=language)
        assert time.perf_counter() - started < 3.0, run[:8]


def test_a_few_titles_in_a_row_still_go_with_the_name(extract) -> None:
    record = extract("南昌大学党委副书记、副校长、教授刘建华会见了代表团。", language="zh")
    assert [(p.name, p.title) for p in record.people] == [("刘建华", "党委副书记")]
    record = extract("南昌大学常务副校长刘建华会见了代表团。", language="zh")
    assert [(p.name, p.title) for p in record.people] == [("刘建华", "常务副校长")]
    text = "The delegation met Executive Vice President Professor Dr. Karen Holloway of Nanchang University on Monday."
    record = extract(text, language="en")
    assert [(p.name, p.title) for p in record.people] == [("Karen Holloway", "Executive Vice President")]


def test_a_long_run_of_name_and_event_heads_costs_time_linear_in_its_length(extract) -> None:
    # each head word of a run read on to the sentence's end or back to its start: n^2 ("University of "
    # 19,000 characters took 78 s a page, "Institute " 16,000 4 s, "Forum " 9,600 7.7 s)
    for run in ("University of " * 1600, "Institute " * 1600, "Forum " * 1600, "College " * 1600):
        started = time.perf_counter()
        extract(run + "opened.", language="en")
        assert time.perf_counter() - started < 3.0, run[:12]


def test_long_names_are_still_read_whole(extract) -> None:
    name = "Education Section of the Embassy of the People's Republic of China in the United Kingdom"
    record = extract(f"On 3 May 2024, the {name} hosted the 2024 UK-China Education Cooperation Forum on Teacher "
                     "Training in London.", language="en")
    assert name in [i.name for i in record.institutions]
    assert [e.name for e in record.events] == ["2024 UK-China Education Cooperation Forum on Teacher Training"]
