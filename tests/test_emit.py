"""The emit stage: an annotated Doc's institutions grouped, ordered and written as the record."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest
from spacy.tokens import Doc

import pipeline.emit as emit
import pipeline.extract.spans as spans
from pipeline.batch import extract_files, written
from pipeline.bulletin import Bulletin
from pipeline.nlp import load_pipeline, make_doc

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "bulletins"
NESTED_EN = (
    "Queen Mary School of Engineering at Nanchang University held talks with the University of London. "
    "Nanchang University hosted them."
)
NESTED_ZH = "江西理工大学乌拉尔学院与乌拉尔联邦大学签署合作协议。"
FLAT_EN = "Nanchang University signed an agreement with the University of London. Nanchang University hosted it."


def annotated(text: str, language: str, credited_source: str | None = None) -> Doc:
    bulletin = Bulletin(
        text=text, language=language, credited_source=credited_source, published=dt.date(2025, 12, 18), origin="test"
    )
    nlp = load_pipeline(language)
    return nlp(make_doc(nlp, bulletin))


def mentions(record) -> list[tuple[str, list[tuple[int, str, str | None]]]]:
    return [(i.name, [(m.start, m.text, m.field) for m in i.mentions]) for i in record.institutions]


def test_a_parent_named_inside_a_name_is_an_institution_with_every_mention() -> None:
    doc = annotated(NESTED_EN, "en", credited_source="Nanchang University")
    assert len(doc.spans["institutions_all"]) > len(doc.spans["institutions"])  # a nested parent
    assert mentions(emit.build_record(doc)) == [
        ("Queen Mary School of Engineering at Nanchang University", [(0, NESTED_EN[:55], None)]),
        (
            "Nanchang University",
            [
                (36, "Nanchang University", None),
                (98, "Nanchang University", None),
                (0, "Nanchang University", "credited_source"),  # last: it points into another field
            ],
        ),
        ("University of London", [(76, "University of London", None)]),
    ]


def test_mentions_starting_together_keep_the_longer_first_and_the_credited_source_leads() -> None:
    doc = annotated(NESTED_ZH, "zh", credited_source="江西省教育厅")
    assert mentions(emit.build_record(doc)) == [
        ("江西省教育厅", [(0, "江西省教育厅", "credited_source")]),  # named only on the 来源 line
        ("江西理工大学乌拉尔学院", [(0, "江西理工大学乌拉尔学院", None)]),
        ("江西理工大学", [(0, "江西理工大学", None)]),
        ("乌拉尔联邦大学", [(12, "乌拉尔联邦大学", None)]),
    ]


@pytest.mark.parametrize(("text", "language", "credited"), [(NESTED_EN, "en", None), (NESTED_ZH, "zh", "江西省教育厅")])
def test_records_are_the_same_when_span_facts_are_read_through_span_underscore(
    text: str, language: str, credited: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = emit.record_line(emit.build_record(annotated(text, language, credited)))
    monkeypatch.setattr(spans, "_keys_as_spacy_keeps_them", lambda: False)
    assert emit.record_line(emit.build_record(annotated(text, language, credited))) == expected


@pytest.mark.parametrize(("text", "language"), [(NESTED_EN, "en"), (NESTED_ZH, "zh"), (FLAT_EN, "en")])
def test_mentions_are_read_from_the_spans_whether_or_not_the_extractors_read_them_first(
    text: str, language: str
) -> None:
    doc = annotated(text, language)
    if text == FLAT_EN:
        assert len(doc.spans["institutions_all"]) == len(doc.spans["institutions"]) == 3  # the extractors' list
    shared = emit._mentions(doc)
    doc.user_data.pop("_institution_facts", None)
    doc.user_data.pop("_span_facts", None)
    doc.user_data.pop("_span_facts_by_object", None)
    every = sorted(doc.spans["institutions_all"], key=lambda span: span.start_char)
    assert [(start, end, known.text, known.kind) for start, end, known in shared] == [
        (span.start_char, span.end_char, span.text, span._.kind) for span in every
    ]
    assert emit._mentions(doc) == shared


def test_a_mention_with_surrounding_blanks_is_evidenced_without_them() -> None:
    assert emit._evidence(3, 9, " 南昌大学 ") == {"start": 4, "end": 8, "text": "南昌大学"}
    assert emit._evidence(3, 7, "南昌大学") == {"start": 3, "end": 7, "text": "南昌大学"}


@pytest.mark.parametrize("written", ["南昌大学", " 南昌大学 ", "\u3000南昌大学", "Nanchang University\n", "\n"])
def test_mentions_evidence_is_each_mentions_own(written: str) -> None:
    known = spans.Facts("university", None, None, None, written)
    group = [(3, 3 + len(written), known), (40, 40 + len(written), known)]
    assert emit._evidence_of(group) == [emit._evidence(start, end, written) for start, end, _ in group]


def test_the_line_is_the_records_json_with_chinese_as_characters() -> None:
    record = emit.build_record(annotated(NESTED_ZH, "zh", credited_source="江西省教育厅"))
    line = json.dumps(record.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert "江西" in line
    assert emit.record_line(record) == line
    assert emit.record_bytes(record) == line.encode("utf-8")
    sent = pickle.loads(pickle.dumps(written(record)))  # as a worker sends it back
    assert (sent.data, sent.line, sent.key) == (line.encode("utf-8"), line, record.document.id)


def test_lines_written_as_bytes_or_as_text_are_the_same_file(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    record = emit.build_record(annotated(NESTED_ZH, "zh", credited_source="江西省教育厅"))
    with emit.atomic_output(tmp_path / "text.jsonl") as out:
        out.write(emit.record_line(record))
    with emit.atomic_output(tmp_path / "bytes.jsonl", binary=True) as out:
        out.write(emit.record_bytes(record))
    assert (tmp_path / "bytes.jsonl").read_bytes() == (tmp_path / "text.jsonl").read_bytes()
    for _ in range(2):
        with emit.appending_output(tmp_path / "day.jsonl", binary=True) as out:
            out.write(emit.record_bytes(record))
    assert (tmp_path / "day.jsonl").read_bytes() == 2 * emit.record_bytes(record)
    print("before")
    with emit.atomic_output("-", binary=True) as out:
        out.write(emit.record_bytes(record))
    assert capfd.readouterr().out == "before\n" + emit.record_line(record)


def test_institutions_come_in_order_of_first_mention_in_real_bulletins() -> None:
    """(One read on the credited-source line only comes first: see the test with 江西省教育厅 above.)"""
    pages = sorted(CORPUS.glob("zh/*.html"))[:8] + sorted(CORPUS.glob("en/*.html"))[:8]
    for _, record in extract_files(pages):
        firsts = [(i.mentions[0].field is None, i.mentions[0].start) for i in record.institutions]
        assert len(firsts) > 1
        assert firsts == sorted(firsts)


def _university_zh(country: str) -> str:
    """A gazetteer university of `country` by its Chinese name (no name is assumed)."""
    from pipeline.link.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    return next(
        e.name_zh
        for e in gazetteer
        if e.kind == "university" and e.country == country and e.name_zh and gazetteer.lookup(e.name_zh) is e
    )


def _on_own_site(text: str) -> Doc:
    """`text` annotated as a page of a Chinese university's own site (known by its site name)."""
    bulletin = Bulletin(
        text=text, language="zh", site_name=_university_zh("CN"), published=dt.date(2025, 12, 18), origin="test"
    )
    nlp = load_pipeline("zh")
    return nlp(make_doc(nlp, bulletin))


def test_a_publisher_that_is_a_side_but_never_named_is_listed_with_the_facts_words() -> None:
    own = _university_zh("CN")
    doc = _on_own_site(f"12月3日，校长王华率团访问{_university_zh('RU')}，双方签署合作协议。")
    assert own not in doc.text
    record = emit.build_record(doc)
    sides = [p for p in record.partnerships if p.chinese.name == own]
    assert sides, "the page's own university is the Chinese side"
    listed = [i for i in record.institutions if i.name == own]
    assert len(listed) == 1
    assert [(m.start, m.text) for m in listed[0].mentions] == [(sides[0].evidence.start, sides[0].evidence.text)]
    assert listed[0].country == "CN" and listed[0].kind == "university"
    firsts = [i.mentions[0].start for i in record.institutions]
    assert firsts == sorted(firsts)


def test_a_publisher_no_fact_refers_to_is_not_listed() -> None:
    own = _university_zh("CN")
    doc = _on_own_site(f"12月3日，复旦大学与{_university_zh('RU')}签署合作协议。")
    record = emit.build_record(doc)
    assert all(own not in (p.chinese.name, p.foreign.name) for p in record.partnerships)
    assert own not in [i.name for i in record.institutions]


def test_a_publisher_named_in_the_text_is_listed_once() -> None:
    own = _university_zh("CN")
    doc = _on_own_site(f"12月3日，{own}与{_university_zh('RU')}签署合作协议。")
    assert [i.name for i in emit.build_record(doc).institutions].count(own) == 1


def test_a_department_that_speaks_as_itself_but_is_never_named_is_listed_by_its_words() -> None:
    from pipeline.link.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    department = next(
        e
        for e in gazetteer
        if e.kind == "government"
        and e.name_en
        and "Department" in e.name_en.split()
        and gazetteer.lookup(e.name_en) is e
    )
    text = "After the preliminary review by our Department, the programmes below are approved."
    bulletin = Bulletin(
        text=text, language="en", site_name=department.name_en, published=dt.date(2025, 12, 18), origin="test"
    )
    nlp = load_pipeline("en")
    record = emit.build_record(nlp(make_doc(nlp, bulletin)))
    assert record.document.publisher is not None and record.document.publisher.canonical_id == department.id
    listed = [i for i in record.institutions if i.canonical_id == department.id]
    assert len(listed) == 1
    assert [(m.start, m.text) for m in listed[0].mentions] == [(text.index("our Department"), "our Department")]
    assert listed[0].kind == "government"
