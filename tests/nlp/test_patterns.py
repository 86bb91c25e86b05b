"""The institution finders' fast paths against the slow reading they replace."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab
from support import names

from pipeline.rules import word_table


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


# -- names the pattern rules find (the whole pipeline, on sentences written here) ---------------


def _kinds(record) -> dict[str, tuple[str, str | None]]:
    return {i.name: (i.kind, i.country) for i in record.institutions}


def test_a_consulate_general_written_with_a_hyphen_and_its_seat(extract):
    record = extract(
        "Consul-General Tom Weller of the Ruritanian Consulate-General in Shanghai and the British"
        " Consulate-General Shanghai attended; the University-Industry Forum followed.",
        "en",
    )
    found = _kinds(record)
    assert list(found) == ["Ruritanian Consulate-General in Shanghai", "British Consulate-General Shanghai"]
    assert found["British Consulate-General Shanghai"] == ("government", "GB")


def test_and_between_a_person_or_a_short_name_and_a_name_of_its_own(extract):
    record = extract(
        "The agreement was signed by Chief Executive Moana Tane and Ningbo College of Health Sciences."
        " Westmoor and Henan Agricultural University met. Jane Doe and Nanchang University signed."
        " Professor Jane Doe and Westmoor Polytechnic University signed. Velmora Normal University and Jane"
        " Doe met.",
        "en",
    )
    assert names(record.institutions) == [
        "Ningbo College of Health Sciences",
        "Henan Agricultural University",
        "Nanchang University",
        "Westmoor Polytechnic University",
        "Velmora Normal University",
    ]


def test_and_between_words_of_one_name_still_joins_them(extract):
    record = extract(
        "Hunan Automotive Engineering Vocational College and Changsha Vocational and Technical College"
        " met Hunan Mechanical and Electrical Polytechnic.",
        "en",
    )
    assert names(record.institutions) == [
        "Hunan Automotive Engineering Vocational College",
        "Changsha Vocational and Technical College",
        "Hunan Mechanical and Electrical Polytechnic",
    ]


def test_a_name_ends_before_and_the_before_an_office_and_after_its_place(extract):
    record = extract(
        "Founded by Duke University, Wuhan University and the Kunshan municipal government, it opened."
        " Dou Xiankang, President of Wuhan University and Chairman of the Board of Trustees, spoke."
        " The Ruritanian Embassy in Beijing and Education New Zealand welcomed it.",
        "en",
    )
    found = names(record.institutions)
    assert "Wuhan University" in found and "Ruritanian Embassy in Beijing" in found
    assert not [name for name in found if " and " in name]


def test_a_parent_named_by_its_acronym_after_at(extract):
    record = extract("The ministry approved the Massey Agri-Food College at JXAU. Talks at UNESCO followed.", "en")
    assert "Massey Agri-Food College at JXAU" in names(record.institutions)


def test_a_country_after_of_is_part_of_a_government_body_not_of_a_university(extract):
    record = extract("The Maritime Transport Agency of Georgia and Makerere University of Uganda sent delegates.", "en")
    assert names(record.institutions) == ["Maritime Transport Agency of Georgia", "Makerere University"]


def test_chinese_government_organs_and_their_short_forms(extract):
    record = extract(
        "论坛由黑龙江省卫生健康委员会、湖南省商务厅主办，吉林省卫健委、长沙市科技局、南昌市外办协办，"
        "美国驻上海总领馆官员出席。自治区卫健委将会同自治区商务厅提供便利。法国驻华使馆代表出席。",
        "zh",
    )
    assert {name: kind for name, (kind, _) in _kinds(record).items()} == {
        "黑龙江省卫生健康委员会": "government",
        "湖南省商务厅": "government",
        "吉林省卫健委": "government",
        "长沙市科技局": "government",
        "南昌市外办": "government",
        "美国驻上海总领馆": "government",
        "法国驻华使馆": "government",
        "自治区卫健委": "government",  # bare, with no region the page names: kept as written
    }


def test_a_foreign_states_ministry_is_not_the_chinese_ministry(extract):
    record = extract(
        "江西省教育厅与澳大利亚维多利亚州教育部、俄罗斯下诺夫哥罗德州教育部签署备忘录，"
        "哈萨克斯坦教育部代表出席。教育部有关负责人表示祝贺。",
        "zh",
    )
    found = _kinds(record)
    assert found["维多利亚州教育部"] == ("government", "AU")
    assert found["下诺夫哥罗德州教育部"] == ("government", "RU")
    assert found["哈萨克斯坦教育部"] == ("government", "KZ")
    assert found["教育部"] == ("government", "CN")  # the bare name is still the Chinese ministry
    assert [m.text for m in record.institutions[-1].mentions] == ["教育部"]


def test_a_secretariat_is_a_body_only_when_it_is_no_office_of_the_body_before_it(extract):
    record = extract(
        "东盟秘书处给予支持。丝路职教联盟秘书处设在南昌大学，上合组织秘书处派员出席。"
        "活动得到中日韩合作秘书处支持，秘书处负责日常工作。",
        "zh",
    )
    assert names(record.institutions) == [
        "东盟秘书处",
        "丝路职教联盟",
        "南昌大学",
        "上合组织秘书处",
        "中日韩合作秘书处",
    ]


def test_an_unlisted_parent_after_at_is_an_institution_of_its_own(extract):
    record = extract("The Lincoln Agritech College at Velmora Agricultural University will open in September.", "en")
    assert names(record.institutions) == [
        "Lincoln Agritech College at Velmora Agricultural University",
        "Velmora Agricultural University",
    ]


def test_a_ministry_named_by_a_list_of_fields_keeps_the_list(extract):
    record = extract(
        "The Ministry of Education, Youth and Sport of Ruritania signed a memorandum. It was hosted by the"
        " Ministry of Education, Guangxi and Yunnan, with Jiangxi Normal University.",
        "en",
    )
    assert _kinds(record)["Ministry of Education, Youth and Sport of Ruritania"][0] == "government"
    assert "Ministry of Education" in names(record.institutions)  # ", Guangxi and Yunnan" are places


def test_a_foreign_ministry_named_by_its_fields(extract):
    record = extract(
        "老挝教育与体育部副部长出席。乌兹别克斯坦高等教育、科学与创新部、越南教育培训部代表参加。"
        "学校教育与体育部门负责人、宣传部负责人陪同。",
        "zh",
    )
    assert _kinds(record) == {
        "老挝教育与体育部": ("government", "LA"),
        "乌兹别克斯坦高等教育、科学与创新部": ("government", "UZ"),
        "越南教育培训部": ("government", "VN"),
    }


def test_a_country_before_subject_words_is_part_of_the_name(extract):
    record = extract("学校与俄罗斯圣彼得堡国立交通大学、白俄罗斯国立交通大学、澳大利亚悉尼科技大学签署协议。", "zh")
    assert _kinds(record) == {
        "圣彼得堡国立交通大学": ("university", "RU"),
        "白俄罗斯国立交通大学": ("university", "BY"),  # not 国立交通大学, taken for the one before
        "悉尼科技大学": ("university", "AU"),
    }


def test_a_unit_named_by_its_subject_alone_is_no_institution(extract):
    record = extract("They toured the Music Department and met the Royal College of Music.", "en")
    assert names(record.institutions) == ["Royal College of Music"]


def test_a_possessive_inside_a_name_and_one_that_ends_it(extract):
    record = extract(
        "Officials of the Consulate-General of the People's Republic of China in Almaty visited the"
        " University of Nottingham's Ningbo campus.",
        "en",
    )
    assert names(record.institutions) == [
        "Consulate-General of the People's Republic of China in Almaty",
        "University of Nottingham",
    ]


# -- Chinese head words: the page's characters say which tokens to look up ------------------------

_ZH_PIECES = st.one_of(
    st.sampled_from(sorted(word_table("zh", "institution_heads.tsv"))),
    st.sampled_from(
        ["大學", "學院", "教育廳", "協會", "聯盟", "基金會", "研究會", "部", "體育部", "教育与体育部", "本部",
         "北京", "悉尼", "与", "和", "、", "，", "。", "“", "”", "·", "UTS", "Uni", "İ", "ǅ", "A大学", "𠀀",
         "𠀀学院", "学", "院", "会", "2024", " ", "  ", "\n", "\u3000", "\t"]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ZH_PIECES, max_size=25))
def test_chinese_heads_looked_up_where_the_text_allows_are_every_tokens_own(pieces: list[str]):
    """`_may_end_in_head` (a look at the characters that end each token) leaves out no token
    whose NORM heads a name or ends a ministry: the head words found among its tokens are those
    found among all tokens."""
    from spacy.attrs import IDX, NORM

    from pipeline.nlp import load_pipeline

    nlp = load_pipeline("zh")
    finder = nlp.get_pipe("institution_patterns").finder
    doc = nlp.make_doc("".join(pieces))
    columns = doc.to_array([NORM, IDX])
    norms, offsets = columns[:, 0], columns[:, 1]
    candidates = finder._may_end_in_head(doc, offsets)
    assert candidates == sorted(set(candidates))
    assert finder._head_words(doc, norms, candidates) == finder._head_words(doc, norms, list(range(len(doc))))
