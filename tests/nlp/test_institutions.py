"""Institutions: gazetteer, patterns for unseen names, acronyms, sub-units, countries."""

import pytest
from support import names

from pipeline.bulletin import Bulletin


def test_unlisted_english_university_is_found_with_its_country(extract):
    record = extract(
        "Jiangxi Normal University signed an agreement with Zorvath State University, Ruritania,"
        " and with Kelmont University of Applied Sciences (Australia).",
        "en",
    )
    found = {i.name: i for i in record.institutions}
    assert "Zorvath State University" in found
    assert found["Kelmont University of Applied Sciences"].country == "AU"
    assert found["Jiangxi Normal University"].canonical_id is not None


def test_two_universities_joined_by_and_stay_two(extract):
    record = extract("Nanchang University and Velmora Technical University held talks.", "en")
    assert names(record.institutions) == ["Nanchang University", "Velmora Technical University"]


def test_and_inside_a_name_keeps_the_name_whole(extract):
    record = extract("Ostrava College of Science and Technology sent a delegation.", "en")
    assert names(record.institutions) == ["Ostrava College of Science and Technology"]


def test_acronym_defined_in_brackets_resolves_later(extract):
    record = extract(
        "Qarth Polytechnic University (QPU) met Jiangxi Normal University. Later, QPU signed a memorandum.", "en"
    )
    qpu = next(i for i in record.institutions if i.name == "Qarth Polytechnic University")
    assert [m.text for m in qpu.mentions] == ["Qarth Polytechnic University", "QPU", "QPU"]


def test_joint_institute_name_and_its_parent_are_both_institutions(extract):
    record = extract("The Ministry of Education approved the Aldous College of Design at Nanchang University.", "en")
    kinds = {i.name: i.kind for i in record.institutions}
    assert kinds["Aldous College of Design at Nanchang University"] == "joint_institute"
    assert "Nanchang University" in kinds
    assert kinds["Ministry of Education"] == "government"


def test_sub_unit_is_not_an_institution(extract):
    record = extract("The School of Foreign Languages of Jiangxi Normal University hosted the talk.", "en")
    assert names(record.institutions) == ["Jiangxi Normal University"]


def test_hyphenated_modifier_is_not_a_university(extract):
    record = extract("The Industry-University-Research Cooperation Forum opened.", "en")
    assert record.institutions == []


def test_chinese_unlisted_name_with_country_prefix(extract):
    record = extract("江西师范大学与新西兰坎特伯雷理工学院签署合作备忘录。", "zh")
    found = {i.name: i for i in record.institutions}
    assert "坎特伯雷理工学院" in found
    assert found["坎特伯雷理工学院"].country == "NZ"


def test_chinese_sub_unit_after_its_university_is_dropped(extract):
    record = extract("南昌大学外国语学院与对方举行座谈。", "zh")
    assert names(record.institutions) == ["南昌大学"]


def test_traditional_script_links_through_simplified_form(extract):
    record = extract("江西師範大學與英國某某大學代表團舉行會談。", "zh")
    first = record.institutions[0]
    assert first.name == "江西師範大學"  # as written
    assert first.canonical_id is not None and first.name_zh == "江西师范大学"


def test_first_person_on_a_university_site_is_the_publisher(extract):
    record = extract("我校与澳大利亚格里菲斯大学签署合作协议。", "zh", url="https://news.ncu.edu.cn/info/1.htm")
    assert record.document.publisher is not None
    assert record.partnerships[0].chinese.canonical_id == record.document.publisher.canonical_id


def test_joint_institute_named_after_its_partner_is_not_an_internal_school(extract):
    record = extract("教育部批准设立江西理工大学乌拉尔学院。江西理工大学外国语学院教师参加。", "zh")
    kinds = {i.name: i.kind for i in record.institutions}
    assert kinds.get("江西理工大学乌拉尔学院") == "joint_institute"
    assert "外国语学院" not in kinds and "江西理工大学外国语学院" not in kinds


def test_missions_keep_their_country_and_seat(extract):
    record = extract(
        "Officials of the Consulate General of Malaysia in Guangzhou and the Embassy of the "
        "Republic of Lithuania in China attended.",
        "en",
    )
    found = {i.name: i.country for i in record.institutions}
    assert found == {
        "Consulate General of Malaysia in Guangzhou": "MY",
        "Embassy of the Republic of Lithuania in China": "LT",
    }


def test_university_inside_an_event_name_is_no_institution(extract):
    record = extract("The 2024 China-Africa University Presidents Forum opened in Changsha.", "en")
    assert record.institutions == []


def test_a_country_possessive_stays_out_of_the_name(extract):
    record = extract("Henan Agricultural University works with New Zealand's Lincoln University.", "en")
    assert {i.name: i.country for i in record.institutions}["Lincoln University"] == "NZ"


def test_spanish_name_its_acronym_and_its_country(extract):
    record = extract(
        "He met a delegation from Universidad Técnica de Manabí (UTM), Ecuador. UTM will send students.", "en"
    )
    assert [(i.name, i.country, len(i.mentions)) for i in record.institutions] == [
        ("Universidad Técnica de Manabí", "EC", 3)
    ]


def test_schools_named_by_their_field_are_internal(extract):
    record = extract(
        "我校会计学院、生命科学学院与学前教育实训中心的师生参加了活动。", "zh", url="https://news.jxufe.edu.cn/a.htm"
    )
    assert [i.canonical_id for i in record.institutions] == [record.document.publisher.canonical_id]


def test_company_names_with_their_legal_form(extract):
    record = extract("Volkswagen (Anhui) Automotive Co., Ltd. and BSH Hausgeräte GmbH joined the programme.", "en")
    assert [(i.name, i.kind) for i in record.institutions] == [
        ("Volkswagen (Anhui) Automotive Co., Ltd.", "company"),
        ("BSH Hausgeräte GmbH", "company"),
    ]


def test_a_site_nobody_listed_still_names_its_publisher(tmp_path):
    from pipeline.batch import extract_bulletin
    from pipeline.parse.html import parse_html

    page = (
        "<html><head><title>Delegation from Nanchang University visits | News | Kelmont University of Applied "
        "Sciences</title></head><body><h1>Delegation from Nanchang University visits</h1><div><p>On May 5, a "
        "delegation from Nanchang University visited our university and signed a memorandum of "
        "understanding.</p><p>Both universities will exchange students from next year on.</p></div></body>"
        "</html>"
    )
    record = extract_bulletin(parse_html(page.encode(), url="https://www.kelmont.example/news/1", origin="t"))
    assert record.document.publisher.name == "Kelmont University of Applied Sciences"
    assert [(p.chinese.name, p.foreign.name, p.kind) for p in record.partnerships] == [
        ("Nanchang University", "Kelmont University of Applied Sciences", "mou")
    ]


def test_direction_words_and_branch_campuses_make_other_institutions(extract):
    record = extract("江西理工大学与美国北密歇根大学、南昌大学与加州州立大学北岭分校签署2+2项目协议。", "zh")
    names = [i.name for i in record.institutions]
    assert "北密歇根大学" in names and "加州州立大学北岭分校" in names and "密歇根大学" not in names
    assert {(p.chinese.name, p.foreign.name) for p in record.partnerships} == {
        ("江西理工大学", "北密歇根大学"),
        ("南昌大学", "加州州立大学北岭分校"),
    }


def test_an_embassy_beside_a_university_is_no_party(extract):
    record = extract("在中国驻塞尔维亚大使馆教育处见证下，江西中医药大学与塞尔维亚诺维萨德大学签署合作协议。", "zh")
    assert [(p.chinese.name, p.foreign.name) for p in record.partnerships] == [("江西中医药大学", "诺维萨德大学")]


def test_bare_provincial_body_in_traditional_script_is_the_pages_province(extract):
    simplified = extract("省教育厅领导出席签约仪式。", "zh", credited_source="河北省教育厅")
    traditional = extract("省教育廳領導出席簽約儀式。", "zh", credited_source="河北省教育厅")
    # named as written (corpus/GUIDE.md), linked to the page's province
    assert [(i.name, i.canonical_id) for i in simplified.institutions] == [("省教育厅", "cn-he-edu")]
    assert simplified.institutions[0].canonical_name == "河北省教育厅"
    assert [(i.canonical_id, i.country) for i in traditional.institutions] == [("cn-he-edu", "CN")]
    assert traditional.institutions[0].mentions[0].text == "省教育廳"


def test_bare_bodies_without_a_province_stay_as_written_and_chinese(extract):
    record = extract("我省教育厅与市外办、省卫健委负责人出席。", "zh", published=None)
    found = {i.name: (i.kind, i.country, i.canonical_id) for i in record.institutions}
    assert found["市外办"] == ("government", "CN", None)
    assert found["省卫健委"] == ("government", "CN", None)
    assert found["我省教育厅"] == ("government", "CN", None)


def test_bare_bodies_take_the_publishers_province_or_an_earlier_full_form(extract):
    on_site = extract("我省教育厅领导出席。", "zh", url="https://www.jxnu.edu.cn/info/1.htm")
    assert [i.canonical_id for i in on_site.institutions if i.kind == "government"] == ["cn-jx-edu"]
    record = extract("广西壮族自治区卫健委主办论坛。自治区卫健委将提供便利。", "zh")
    assert [(i.name, [m.text for m in i.mentions]) for i in record.institutions] == [
        ("广西壮族自治区卫健委", ["广西壮族自治区卫健委", "自治区卫健委"])
    ]


def test_a_place_names_the_country_only_as_a_whole_word(extract):
    record = extract("Velmora Institute of Auckland and Sydneyside Velmora College signed an agreement.", "en")
    found = {i.name: i.country for i in record.institutions}
    assert found["Velmora Institute of Auckland"] == "NZ"
    assert found["Sydneyside Velmora College"] is None


def test_a_country_before_a_chinese_name_or_starting_it(extract):
    record = extract("江西师范大学与俄罗斯喀山联邦大学、白俄罗斯戈梅利国立技术学院签署协议。", "zh")
    found = {i.name: i.country for i in record.institutions}
    assert found["喀山联邦大学"] == "RU"
    assert found["戈梅利国立技术学院"] == "BY"


def test_a_country_in_traditional_script_before_a_chinese_name_is_a_cue_as_in_simplified(extract):
    # (the resolver reads a name's first word only when its first character may begin a country
    # word in either script: 烏 is written for 乌)
    for text, name in (("乌克兰哈尔科夫国立大学", "哈尔科夫国立大学"), ("烏克蘭哈尔科夫國立大學", "哈尔科夫國立大學")):
        record = extract(f"江西师范大学与{text}签署协议。", "zh")
        assert {i.name: i.country for i in record.institutions}[name] == "UA"


def test_span_facts_are_what_span_underscore_reads():
    """The resolver writes span extensions under spaCy's own key; a spaCy that keys them
    differently must send it back to `span._` (the probe says so)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from pipeline.nlp.extensions import SpanRow
    from pipeline.nlp.institutions import _Facts, _keys_as_spacy_keeps_them, _mention

    assert _keys_as_spacy_keeps_them()
    doc = Doc(Vocab(), words=["Lincoln", "University", "Lincoln", "University"])
    first, second = doc[0:2], doc[2:4]
    facts = _Facts(doc)
    assert facts.data is doc.user_data  # written directly, not through `span._`
    mention = _mention(SpanRow(0, 2, first.start_char, first.end_char, "", "", 0), doc.text)
    facts.set(mention, "country", "NZ")
    first._.kind = "university"
    assert (first._.country, second._.country, facts.get(mention, "kind")) == ("NZ", None, "university")


def test_entities_are_written_as_doc_ents_writes_them():
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from pipeline.nlp.extensions import SpanRow
    from pipeline.nlp.institutions import _set_entities

    vocab = Vocab()
    words = ["Nanchang", "University", "and", "Lincoln", "University", "met", "MOE", "."]
    columns = ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID"]
    # A fresh Doc; one with an entity outside the new ones (its kb id stays); one with ids
    # inside and outside them (kept where no new span with an id lies).
    earlier_ents = (
        [],
        [(6, 7, "X", "k", "")],
        [(1, 2, "Y", "k2", "old"), (4, 5, "Z", "", "old2"), (6, 8, "X", "k", "o")],
    )
    for earlier in earlier_ents:
        for spans in (
            [((0, 2), "university", "cn-ncu", ""), ((3, 5), "ORG", "", "parent"), ((5, 6), "", "", "")],
            [((3, 5), "ORG", "", ""), ((0, 2), "university", "cn-ncu", ""), ((5, 7), "ORG", "moe", "")],
        ):
            by_spacy, by_us = Doc(vocab, words=words), Doc(vocab, words=words)
            for doc in (by_spacy, by_us):
                doc.ents = [Span(doc, s, e, label=label, kb_id=kb, span_id=i) for s, e, label, kb, i in earlier]
            by_spacy.ents = [Span(by_spacy, s, e, label=lb, kb_id=kb, span_id=i) for (s, e), lb, kb, i in spans]
            _set_entities(by_us, [SpanRow(s, e, 0, 0, lb, kb, vocab.strings.add(i)) for (s, e), lb, kb, i in spans])
            assert (by_us.to_array(columns) == by_spacy.to_array(columns)).all()
        _set_entities(by_us, [])
        by_spacy.ents = []
        assert (by_us.to_array(columns) == by_spacy.to_array(columns)).all()
    by_spacy, by_us = Doc(vocab, words=words), Doc(vocab, words=words)
    spans = [((0, 2), "university", "cn-ncu", ""), ((3, 5), "ORG", "", "parent"), ((5, 6), "", "", "")]
    _set_entities(by_us, [SpanRow(s, e, 0, 0, lb, kb, vocab.strings.add(i)) for (s, e), lb, kb, i in spans])
    assert [(e.start, e.end, e.label_, e.kb_id_) for e in by_us.ents] == [
        (0, 2, "university", "cn-ncu"),
        (3, 5, "ORG", ""),
    ]


def test_acronym_tokens_are_found_where_the_acronym_is_written():
    """Every token whose text is the acronym, and none that only holds it ('AHNU', 'HNUs')."""
    from pipeline.nlp import load_pipeline
    from pipeline.nlp.institutions import _tokens_written

    nlp = load_pipeline("en")
    text = "Hunan University (HNU) and AHNU met; HNU's team, HNU-based staff, HNUs and (HNU). HNU"
    doc = nlp.make_doc(text)
    expected = [t.i for t in doc if t.text == "HNU"]
    assert len(expected) == 5
    assert _tokens_written(doc, text, "HNU") == [(i, doc[i].idx) for i in expected]


HANDED_ON = [
    (
        "Queen Mary School of Engineering at Nanchang University met Qarth Polytechnic University (QPU). "
        "Our university and QPU signed. The university hosted Nanchang University.",
        "en",
        "https://www.ncu.edu.cn/info/1.htm",
    ),
    (
        "江西理工大学乌拉尔学院与乌拉尔联邦大学签署协议。我校、學校与省教育厅、澳大利亚格里菲斯大学会谈。",
        "zh",
        "https://news.ncu.edu.cn/info/1.htm",
    ),
    ("江西理工大学乌拉尔学院与乌拉尔联邦大学签署协议。", "zh", None),
]


@pytest.mark.parametrize(("text", "language", "url"), HANDED_ON)
def test_facts_handed_on_are_what_the_span_extensions_hold(text: str, language: str, url: str | None) -> None:
    """The resolver hands its facts on beside both groups; they are what `span._` reads, span by
    span, and a group written anew since has none (its facts are then read from the spans)."""
    from pipeline.extract.spans import institution_facts, institution_spans
    from pipeline.nlp import load_pipeline, make_doc
    from pipeline.nlp.extensions import Facts, read_facts

    nlp = load_pipeline(language)
    doc = nlp(make_doc(nlp, Bulletin(text=text, language=language, url=url, origin="test")))

    def written(spans) -> list[Facts]:
        return [Facts(s._.kind, s._.country, s._.entry, s._.display_name, s.text) for s in spans]

    for key in ("institutions", "institutions_all"):
        handed = read_facts(doc, key)
        assert handed is not None and len(handed) > 1
        assert handed == written(doc.spans[key])
    assert institution_facts(doc) == read_facts(doc, "institutions")
    assert [s.start_char for s in institution_spans(doc)] == [s.start_char for s in doc.spans["institutions"]]
    # spans handed to the extractors otherwise than as written: their facts are read from them
    doc.user_data["institution_spans"] = reordered = institution_spans(doc)[::-1]
    doc.user_data.pop("_institution_facts")
    assert institution_facts(doc) == written(reordered)
    doc.spans["institutions_all"] = list(doc.spans["institutions_all"])
    assert read_facts(doc, "institutions_all") is None


def test_first_person_han_words_are_the_tokens_whose_lower_they_are() -> None:
    """A one-word Han phrase's tokens found where it is written are those its LOWER id finds."""
    import numpy as np
    from spacy.strings import get_string_id

    from pipeline.nlp import load_pipeline
    from pipeline.nlp.institutions import _phrase_starts, _tokens_written
    from pipeline.rules import word_list

    nlp = load_pipeline("zh")
    text = "我校学生、學校、学校的老师、本校校长与我院院长；我校。本院，我学校，学校学校"
    doc = nlp.make_doc(text)
    lowered = doc.to_array("LOWER")
    phrases = word_list("zh", "first_person.txt")
    assert phrases
    for phrase in phrases:
        expected = _phrase_starts(lowered, np.array([get_string_id(phrase)], dtype=np.uint64))
        assert [i for i, _ in _tokens_written(doc, text, phrase)] == expected
    assert any(_phrase_starts(lowered, np.array([get_string_id(p)], dtype=np.uint64)) for p in phrases)


def test_an_office_of_a_state_body_is_no_internal_unit(extract):
    record = extract(
        "The Office of the Velmoran Education Commission of Thailand and the Department of Trade of"
        " Hunan Province met the Office of International Affairs of Nanchang University.",
        "en",
    )
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["Office of the Velmoran Education Commission of Thailand"] == ("government", "TH")
    assert found["Department of Trade of Hunan Province"] == ("government", "CN")
    assert "Office of International Affairs of Nanchang University" not in found


def test_a_pair_of_sides_names_no_country_of_the_body(extract):
    record = extract(
        "The Consulate General of the United Kingdom in Chongqing, Kazakh-Velmoran Technical University,"
        " the Hunan Sino-Velmoran Vocational Alliance and the Sino-Russian Velmora Alliance met.",
        "en",
    )
    found = {i.name: i.country for i in record.institutions}
    assert found["Consulate General of the United Kingdom in Chongqing"] == "GB"
    assert found["Kazakh-Velmoran Technical University"] == "KZ"
    assert found["Hunan Sino-Velmoran Vocational Alliance"] == "CN"
    assert found["Sino-Russian Velmora Alliance"] is None
    chinese = extract("中国—东盟高校维莫拉教育联盟在南宁成立。", "zh")
    assert [(i.name, i.country) for i in chinese.institutions] == [("中国—东盟高校维莫拉教育联盟", None)]


def test_joint_institutes_named_by_their_host_or_as_sino_foreign(extract):
    record = extract(
        "Velmora Agri-Food College at JXAU, the Sino-German Institute of Velmoran Studies and the"
        " Confucius Institute at Velmora Medical University of Zambia opened.",
        "en",
    )
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["Velmora Agri-Food College at JXAU"] == ("joint_institute", "CN")
    assert found["Sino-German Institute of Velmoran Studies"] == ("joint_institute", "CN")
    assert found["Confucius Institute at Velmora Medical University"] == ("joint_institute", "ZM")
    chinese = extract("南昌航空大学哈德斯菲尔德学院举行开学典礼。", "zh")
    found = {i.name: (i.kind, i.country) for i in chinese.institutions}
    assert found["南昌航空大学哈德斯菲尔德学院"] == ("joint_institute", "CN")  # its host's country


def test_an_acronym_defined_before_a_glued_country_beats_the_gazetteers(extract):
    record = extract(
        "Jiangxi Normal University signed with Hanoi University of Science and Technology (HUST),Vietnam."
        " The rector of HUST spoke.",
        "en",
    )
    found = {i.name: [m.text for m in i.mentions] for i in record.institutions}
    assert found["Hanoi University of Science and Technology"] == ["Hanoi University of Science and Technology", "HUST"]
    assert "HUST" not in found


def test_an_international_organisation_has_no_country_whatever_stands_around_it(extract):
    record = extract("The ASEAN Secretariat in Jakarta, Indonesia and SEAMEO, Thailand attended.", "en")
    assert {(i.canonical_id, i.country) for i in record.institutions} == {("int-asean-sec", None), ("int-seameo", None)}


def test_head_phrases_give_the_kind_of_unlisted_english_names(extract):
    record = extract(
        "Velmora Polytechnic, Kelmont Polytechnic Institute, Zorvath Institute of Technology, the Zorvath"
        " State Maritime Academy and the Velmoran Academy of Sciences met.",
        "en",
    )
    found = {i.name: i.kind for i in record.institutions}
    assert found == {
        "Velmora Polytechnic": "college",
        "Kelmont Polytechnic Institute": "college",
        "Zorvath Institute of Technology": "university",
        "Zorvath State Maritime Academy": "university",
        "Velmoran Academy of Sciences": "research_institute",
    }


def test_an_unlisted_publisher_named_in_its_text_is_where_its_site_is(tmp_path):
    from pipeline.batch import extract_bulletin
    from pipeline.parse.html import parse_html

    page = (
        "<html><head><title>Pathway agreement | News | Velmora Bay Polytechnic</title></head><body>"
        "<h1>Pathway agreement</h1><div><p>Velmora Bay Polytechnic has signed a pathway agreement with"
        " Nanchang University.</p></div></body></html>"
    )
    record = extract_bulletin(parse_html(page.encode(), url="https://www.velmorabay.ac.nz/news/1", origin="t"))
    found = {i.name: i.country for i in record.institutions}
    assert found["Velmora Bay Polytechnic"] == "NZ"


def test_a_parent_after_of_the_is_an_institution_of_its_own(extract):
    record = extract("The Sino-Velmoran College of the University of Shanghai for Science and Technology opened.", "en")
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["Sino-Velmoran College of the University of Shanghai for Science and Technology"] == (
        "joint_institute",
        "CN",
    )
    assert found["University of Shanghai for Science and Technology"] == ("university", "CN")


def test_a_country_before_a_listed_name_is_a_cue_unless_the_official_name_holds_it(extract):
    record = extract("新西兰林肯大学副校长访问江西农业大学。俄罗斯人民友谊大学代表出席。", "zh")
    found = {i.canonical_id: i.name for i in record.institutions}
    assert found["nz-lincoln"] == "林肯大学"
    assert found["ru-rudn"] == "俄罗斯人民友谊大学"  # "Peoples' Friendship University of Russia"


def test_a_country_after_a_name_ends_at_a_colon_or_a_verb(extract):
    record = extract(
        "Velmora University of Applied Sciences,Germany signed an agreement. Programmes: Jiangxi Normal"
        " University and Kelmont University of Applied Sciences, Finland: automation. Zorvath National"
        " University (Republic of Korea) joined.",
        "en",
    )
    found = {i.name: i.country for i in record.institutions}
    assert found["Velmora University of Applied Sciences"] == "DE"
    assert found["Kelmont University of Applied Sciences"] == "FI"
    assert found["Zorvath National University"] == "KR"


def test_a_country_possessive_before_a_generic_listed_name_makes_it_that_countrys(extract):
    record = extract(
        "Officials from Zambia's Ministry of Education attended. Laos' Ministry of Education and Sports sent"
        " a delegation. Russia's Lomonosov Moscow State University and the Ministry of Education of China"
        " took part.",
        "en",
    )
    found = {(i.name, i.canonical_id): i.country for i in record.institutions}
    assert found[("Ministry of Education", None)] == "ZM"
    assert found[("Ministry of Education and Sports", None)] == "LA"
    assert found[("Lomonosov Moscow State University", "ru-msu")] == "RU"
    assert found[("Ministry of Education of China", "cn-moe")] == "CN"


def test_school_levels_of_a_whole_province_name_no_school(extract):
    record = extract("全省大中小学和中小学校开展国际交流，江西师范大学参加。", "zh")
    assert names(record.institutions) == ["江西师范大学"]


def test_an_office_named_in_its_owners_possessive_is_an_internal_unit(extract):
    record = extract(
        "The director of Velmora's China Office met officials of Kenya's Ministry of Education and of"
        " Nanchang University.",
        "en",
    )
    assert names(record.institutions) == ["Ministry of Education", "Nanchang University"]


def test_an_institute_named_by_its_host_university_is_in_the_hosts_country(extract):
    record = extract("江西师范大学与塞尔维亚维莫拉大学中医药孔子学院举行会谈，双方合作共建孔子学院。", "zh")
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["维莫拉大学中医药孔子学院"] == ("joint_institute", "RS")
    assert found["维莫拉大学"] == ("university", "RS")


def test_chinese_body_named_by_fields_joined_by_he_is_one_name(extract):
    record = extract("四川省自然资源和规划厅与甘肃省农业和农村科学院共同指导了此次活动。", "zh")
    found = {i.name: i.kind for i in record.institutions}
    assert found.get("四川省自然资源和规划厅") == "government"
    assert found.get("甘肃省农业和农村科学院") == "research_institute"
    assert "农村科学院" not in found


def test_he_between_two_names_still_ends_a_name(extract):
    record = extract("江西省教育厅和南昌大学出席会议，会场大厅和格局焕然一新。", "zh")
    assert names(record.institutions) == ["江西省教育厅", "南昌大学"]


def test_where_an_office_is_located_is_not_its_name(extract):
    record = extract("联盟秘书处设在赣南科技大学，研究中心设于九江职业大学。", "zh")
    found = names(record.institutions)
    assert "赣南科技大学" in found and "九江职业大学" in found
    assert not any(name.startswith(("设在", "设于")) for name in found)


def test_listed_name_with_an_abbreviated_word_is_matched_whole(extract):
    # "St." is cut as the tokenizer's exception only as written, not in lower case
    record = extract("Washington University in St. Louis sent a delegation to Nanchang University.", "en")
    found = {i.name: i for i in record.institutions}
    assert found["Washington University in St. Louis"].canonical_id is not None


def test_name_made_of_fields_takes_its_place_after_a_comma(extract):
    record = extract(
        "Jiangxi Normal University signed an agreement with the University of Agriculture and Forestry,"
        " Hanoi, on a joint programme. Nanchang University met Monash University, Melbourne.",
        "en",
    )
    found = names(record.institutions)
    assert "University of Agriculture and Forestry, Hanoi" in found
    assert "Monash University" in found  # a proper name keeps its place out


def test_university_named_by_a_list_of_fields_is_one_name(extract):
    record = extract(
        "Members include Zorvath State University of Animal Sciences, Biotechnology and Food and Nanchang University.",
        "en",
    )
    assert names(record.institutions) == [
        "Zorvath State University of Animal Sciences, Biotechnology and Food",
        "Nanchang University",
    ]


def test_a_slogan_ending_in_a_head_names_no_body(extract):
    record = extract("双方将推动构建人类命运共同体和中国—东盟命运共同体，中俄高校共同体与江西师范大学签约。", "zh")
    assert names(record.institutions) == ["中俄高校共同体", "江西师范大学"]


def test_chinese_names_made_of_generic_words_are_no_institutions(extract):
    record = extract("全国普通高等学校代表参观了稀土学院实验平台，萨特巴耶夫大学是最悠久的工科大学。", "zh")
    assert names(record.institutions) == ["萨特巴耶夫大学"]


def test_transliterated_name_joined_by_a_hyphen_belongs_to_the_listed_name_after_it(extract):
    record = extract("会议增选哈萨克斯坦阿里-法拉比哈萨克国立大学、巴基斯坦真纳大学为副理事长单位。", "zh")
    found = {i.name: i.country for i in record.institutions}
    assert found.get("阿里-法拉比哈萨克国立大学") == "KZ"
    assert "哈萨克国立大学" not in found


def test_chinese_government_written_in_lower_case_is_named_by_its_place(extract):
    record = extract(
        "The institute was founded by Nanchang University and the Jiujiang municipal government."
        " The city government sent a letter.",
        "en",
    )
    found = {i.name: i.kind for i in record.institutions}
    assert found.get("Jiujiang municipal government") == "government"
    assert "city government" not in found


def test_a_country_label_makes_a_listed_line_of_names_that_country(extract):
    record = extract("成员单位名单如下：\n中国：云南大学\n柬埔寨：皇家农业大学\n泰国：湄州大学、清莱皇家大学\n", "zh")
    found = {i.name: i.country for i in record.institutions}
    assert found.get("皇家农业大学") == "KH"
    assert found.get("湄州大学") == "TH"
    assert found.get("云南大学") == "CN"


def test_a_name_of_generic_words_alone_is_still_no_institution(extract):
    record = extract("会议指出，农业大学是重要伙伴。", "zh")
    assert record.institutions == []


def test_a_royal_name_alone_is_an_institution_of_no_one_country(extract):
    # 皇家 makes a name proper; the UK's and Cambodia's 皇家农业大学 are both listed, so no country
    record = extract("会议指出，皇家农业大学是重要伙伴。", "zh")
    assert [(i.name, i.country) for i in record.institutions] == [("皇家农业大学", None)]


def test_a_vocational_institute_is_a_college(extract):
    record = extract("Jiangxi Normal University met Zorvath Vocational Institute of Marine Technology.", "en")
    kinds = {i.name: i.kind for i in record.institutions}
    assert kinds["Zorvath Vocational Institute of Marine Technology"] == "college"


def test_a_host_named_by_a_longer_name_than_a_listed_one_is_the_longer_name(extract):
    # Qingdao University is listed; Qingdao University of Technology is another university
    record = extract(
        "The Ministry of Education approved the Manchester Institute of Design at Qingdao University of Technology.",
        "en",
    )
    found = {i.name: i for i in record.institutions}
    assert "Qingdao University" not in found
    assert found["Qingdao University of Technology"].country == "CN"


def test_a_joint_institute_is_in_its_hosts_country_not_its_partners(extract):
    record = extract(
        "The Ministry of Education approved the Manchester Institute of Design at Qingdao University of Technology.",
        "en",
    )
    institute = next(i for i in record.institutions if i.name.startswith("Manchester"))
    assert (institute.kind, institute.country) == ("joint_institute", "CN")


def test_a_foreign_institute_of_a_field_is_a_college_unless_it_says_research(extract):
    record = extract(
        "Yunnan University signed agreements with the Ruritania Institute of Accountancy, Kenya,"
        " and with the Velmora Institute of Marine Sciences, Kenya.",
        "en",
    )
    kinds = {i.name: (i.kind, i.country) for i in record.institutions}
    assert kinds["Ruritania Institute of Accountancy"] == ("college", "KE")
    assert kinds["Velmora Institute of Marine Sciences"] == ("research_institute", "KE")


def test_a_unit_named_by_its_field_and_a_planned_training_centre_are_no_institutions(extract):
    record = extract("校长率团出访，外事处、飞行器设计学院负责人随团。三方将共建人工智能国际技能培训中心。", "zh")
    assert names(record.institutions) == []


def test_an_unlisted_fuller_name_ending_as_a_listed_university_is_in_its_country(extract):
    record = extract("代表团访问了卡里姆-阿巴伊哈萨克国立大学。", "zh")
    found = {i.name: i.country for i in record.institutions}
    assert found == {"卡里姆-阿巴伊哈萨克国立大学": "KZ"}


def test_a_body_named_by_a_chinese_university_then_a_foreign_place_is_their_joint_institute(extract):
    record = extract(
        "A delegation from Jiangxi Normal University (JXNU) visited Leeds. The JXNU Leeds Institute of"
        " Design welcomed its first students in 2020.",
        "en",
    )
    institute = next(i for i in record.institutions if i.name.endswith("Institute of Design"))
    assert (institute.kind, institute.country) == ("joint_institute", "CN")


def test_an_alliances_secretariat_is_its_office_not_an_institution(extract):
    record = extract(
        "The Velmora Universities Alliance (VUA) met in Kunming. The VUA Secretariat sent the report.", "en"
    )
    assert "VUA Secretariat" not in names(record.institutions)
    assert "Velmora Universities Alliance" in names(record.institutions)


def test_a_bare_hosted_word_is_the_hosted_body_the_page_names_or_none(extract):
    record = extract(
        "Confucius Institute opens in Russia. A Confucius Institute run by Nanchang University and"
        " Zorvath State University, Russia, opened on Friday. The Confucius Institute at Zorvath State"
        " University will teach Chinese.",
        "en",
    )
    found = {i.name: i for i in record.institutions}
    assert "Confucius Institute" not in found
    hosted = found["Confucius Institute at Zorvath State University"]
    assert [m.text for m in hosted.mentions] == ["Confucius Institute"] * 2 + [hosted.name]
    assert (hosted.kind, hosted.country) == ("joint_institute", "RU")
    alone = extract("The Confucius Institute will open next year, Nanchang University said.", "en")
    assert names(alone.institutions) == ["Nanchang University"]


def test_a_workshop_named_by_its_host_is_a_body_beside_its_host_and_no_side(extract):
    record = extract(
        "Russia's Zorvath State University and Jiangxi Normal University signed an agreement."
        " The Luban Workshop at Zorvath State University opened in 2019.",
        "en",
    )
    found = {i.name: i for i in record.institutions}
    assert (found["Luban Workshop at Zorvath State University"].kind, found["Zorvath State University"].country) == (
        "other",
        "RU",
    )
    assert found["Luban Workshop at Zorvath State University"].country == "RU"
    assert {(p.chinese.name, p.foreign.name) for p in record.partnerships} == {
        ("Jiangxi Normal University", "Zorvath State University")
    }
    zh = extract("江西应用技术职业学院与佐尔瓦特国立大学共建的佐尔瓦特国立大学鲁班工坊开班。", "zh")
    kinds = {i.name: i.kind for i in zh.institutions}
    assert kinds["佐尔瓦特国立大学鲁班工坊"] == "other"
    assert "佐尔瓦特国立大学" in kinds
    assert all("鲁班工坊" not in p.foreign.name for p in zh.partnerships)


def test_a_senior_high_school_is_a_school_but_school_levels_name_none(extract):
    record = extract(
        "南昌市第二中学与法国图卢兹皮埃尔·德·费马高中签署友好学校协议，与英国剑桥高级中学结为友好学校。"
        "全省县域普通高中、重点高中和示范性高中均参加，一所高中的高中生代表发言。",
        "zh",
    )
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["图卢兹皮埃尔·德·费马高中"] == ("school", "FR")
    assert found["剑桥高级中学"] == ("school", "GB")
    assert set(found) == {"南昌市第二中学", "图卢兹皮埃尔·德·费马高中", "剑桥高级中学"}


def test_an_unlisted_publisher_in_the_first_person_is_where_its_name_says(tmp_path):
    from pipeline.batch import extract_bulletin
    from pipeline.parse.text import parse_text

    page = (
        "Our University Signs with a Korean University\n"
        "2023-03-23 17:30:00Source:Ganzhou University of TechnologyEditor:Li Xue\n\n"
        "On March 21, our university signed a letter of intent with Velmora National University (Republic of"
        " Korea).\n"
    )
    record = extract_bulletin(parse_text(page, origin="t"))
    assert record.document.publisher.name == "Ganzhou University of Technology"
    assert [(p.chinese.name, p.foreign.name, p.kind) for p in record.partnerships] == [
        ("Ganzhou University of Technology", "Velmora National University", "mou")
    ]


def test_a_country_said_at_one_mention_holds_at_every_mention(extract):
    record = extract(
        "Jiangxi Normal University and Laos's Velmora Technical College are members of the alliance."
        " At the meeting, Nanchang University and Velmora Technical College signed an agreement.",
        "en",
    )
    assert {(p.chinese.name, p.foreign.name, p.foreign_country) for p in record.partnerships} == {
        ("Nanchang University", "Velmora Technical College", "LA")
    }


def test_an_acronym_of_a_names_initials_is_that_institution_unless_two_share_them(extract):
    record = extract(
        "Velmora State Agrarian University joined the alliance. On the same day, VSAU and Nanchang"
        " University signed a memorandum of understanding.",
        "en",
    )
    velmora = next(i for i in record.institutions if i.name == "Velmora State Agrarian University")
    assert [m.text for m in velmora.mentions] == ["Velmora State Agrarian University", "VSAU"]
    both = extract("Velmora State Agrarian University and Vostok Southern Arts University met. VSAU then signed.", "en")
    assert all(m.text != "VSAU" for i in both.institutions for m in i.mentions)


def test_joint_institute_written_after_its_chinese_host_is_one_name(extract):
    record = extract(
        "1. Nanchang University and the University of Velmora, Ruritania: Nanchang University Velmora"
        " Joint Institute (undergraduate education).",
        "en",
    )
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["Nanchang University Velmora Joint Institute"] == ("joint_institute", "CN")
    assert "Velmora Joint Institute" not in found
    assert found["Nanchang University"] == ("university", "CN")


def test_joint_institute_named_after_its_partners_place_is_in_china(extract):
    record = extract(
        "The University of Manchester renewed its agreement with Nanchang University to run the"
        " Manchester International Institute in Nanchang.",
        "en",
    )
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["Manchester International Institute"] == ("joint_institute", "CN")


def test_joint_words_followed_by_for_name_a_research_body(extract):
    record = extract("Scientists of the Velmora Joint Institute for Plasma Research visited Nanchang.", "en")
    kinds = {i.name: i.kind for i in record.institutions}
    assert kinds.get("Velmora Joint Institute for Plasma Research") != "joint_institute"


def test_state_university_is_in_the_state_its_name_says(extract):
    record = extract("Nanchang University signed an agreement with Velmora Kansas State University.", "en")
    found = {i.name: i.country for i in record.institutions}
    assert found["Velmora Kansas State University"] == "US"


def test_field_school_after_a_short_form_of_a_named_university_is_internal(extract):
    record = extract("代表团访问江西师范大学，参观了江师会计学院和图书馆。", "zh")
    assert names(record.institutions) == ["江西师范大学"]


def test_field_school_after_a_place_is_an_institution_of_its_own(extract):
    record = extract("代表团访问江西师范大学，参观了上海会计学院。", "zh")
    assert "上海会计学院" in names(record.institutions)


def test_short_form_of_an_unlisted_joint_institute_is_that_institute(extract):
    record = extract("双方就江西师范大学圣彼得堡学院招生进行了会谈。学校将大力支持圣彼得堡学院办出特色。", "zh")
    joint = [i for i in record.institutions if i.kind == "joint_institute"]
    assert [i.name for i in joint] == ["江西师范大学圣彼得堡学院"]
    assert [m.text for m in joint[0].mentions] == ["江西师范大学圣彼得堡学院", "圣彼得堡学院"]


def test_first_word_of_a_full_name_alone_is_a_short_form_of_it(extract):
    record = extract(
        "The association was founded by Nanchang University and Velmora Kelt Technical University."
        " Its secretariat is run by Nanchang University and Velmora on the other side.",
        "en",
    )
    found = {i.name: [m.text for m in i.mentions] for i in record.institutions}
    assert found["Velmora Kelt Technical University"] == ["Velmora Kelt Technical University", "Velmora"]


def test_first_word_shared_by_two_names_stands_for_neither(extract):
    record = extract(
        "Velmora Kunshan University is run by Velmora Kelt University and Nanchang University;"
        " Velmora sent a delegation.",
        "en",
    )
    assert all(m.text != "Velmora" for i in record.institutions for m in i.mentions)


def test_acronym_after_a_nested_name_is_the_host_it_spells(extract):
    record = extract(
        "Velmora University opened the Velmora College of Design at Jiangxi Normal University (JXNU)."
        " JXNU staff teach there.",
        "en",
    )
    found = {i.name: [m.text for m in i.mentions] for i in record.institutions}
    assert found["Jiangxi Normal University"] == ["Jiangxi Normal University", "JXNU", "JXNU"]
    assert found["Velmora College of Design at Jiangxi Normal University"] == [
        "Velmora College of Design at Jiangxi Normal University"
    ]


def test_university_named_with_its_foreign_city_keeps_the_city(extract):
    record = extract(
        "New members: Velmora University Bratislava, the University of Velmora and Nanchang University."
        " Velmora University Vienna Office staff attended.",
        "en",
    )
    found = {i.name: i.country for i in record.institutions}
    assert found["Velmora University Bratislava"] == "SK"
    assert "Velmora University Vienna" not in found  # a capitalised word goes on: another name
