"""Session 20 (q): how the country of a name is read, in sentences made up as bulletins write them.

- A town of a listed foreign institution that is a common word of names ("Normal", the town of
  Illinois State University) gives no country to a Chinese name holding the word.
- 皇家 (royal) makes a name of its own (皇家农业大学, Royal Agricultural University): the country
  written before a listed royal name is a cue, cut from the name (GUIDE-zh "names as written").
- A name the tokenizer cuts inside 国立 (蒙古国 + 立…) is read whole when the gazetteer lists it.
"""

import pytest


def _institution(record, name):
    return next(i for i in record.institutions if i.name == name)


@pytest.mark.parametrize("name", ["Hubei Normal University", "Hunan First Normal University"])
def test_normal_in_a_chinese_name_is_no_american_town_s20_q(extract, name):
    record = extract(f"{name} signed an agreement with the University of Galway.", "en")
    assert _institution(record, name).country == "CN"
    assert {(p.chinese.name, p.foreign.name) for p in record.partnerships} == {(name, "University of Galway")}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("湖南农业大学代表团访问英国，与英国皇家农业大学签署合作备忘录。", "皇家农业大学", "GB"),
        ("湖南农业大学与柬埔寨皇家农业大学签署合作协议。", "皇家农业大学", "KH"),
        ("南昌大学与瑞典皇家理工学院签署合作协议。", "皇家理工学院", "SE"),
    ],
)
def test_country_before_a_royal_name_is_cut_s20_q(extract, text, name, country):
    assert _institution(extract(text, "zh"), name).country == country


def test_country_word_of_a_generic_name_stays_s20_q(extract):
    # 泰国农业大学 (Kasetsart University): 农业大学 alone names no institution, the country stays
    record = extract("湖南农业大学与泰国农业大学签署合作协议。", "zh")
    assert _institution(record, "泰国农业大学").country == "TH"


def test_name_cut_inside_guoli_is_read_whole_s20_q(extract):
    record = extract("内蒙古大学与蒙古国立科技大学签署合作协议。", "zh")
    assert [i.name for i in record.institutions] == ["内蒙古大学", "蒙古国立科技大学"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a school named by its country and fields: 工商学校 alone names no institution
        ("天津某职业技术学院与吉布提工商学校签署合作协议。", "吉布提工商学校", "DJ"),
        ("天津某职业技术学院与肯尼亚工商学院签署合作协议。", "肯尼亚工商学院", "KE"),
    ],
)
def test_country_before_a_name_of_fields_stays_s20_q(extract, text, name, country):
    assert _institution(extract(text, "zh"), name).country == country


@pytest.mark.parametrize(
    "text",
    [
        "学校将全力支持合作办学。",  # the publisher's word for itself
        "我校与友好学校签署合作协议。",  # a kind of school, no name
        "该学校与利兹大学开展合作。",
    ],
)
def test_xuexiao_alone_names_no_school_s20_q(extract, text):
    assert not [i for i in extract(text, "zh").institutions if i.name.endswith("学校")]


@pytest.mark.parametrize(
    "text",
    [
        "他介绍，学校是一所以工学为主、多学科协调发展的应用研究型大学，与英国高校有着多年的合作办学经验。",
        "两校都是教学研究型大学，双方在师资培训方面开展了合作。",
    ],
)
def test_a_type_of_university_is_no_name_s20_q(extract, text):
    # 应用研究型大学, 教学研究型大学: what kind of university the publisher is, no institution
    assert not [i for i in extract(text, "zh").institutions if i.name.endswith("型大学")]


def test_a_national_language_institute_is_its_governments_agency_s20_q(extract):
    text = "On May 6, a delegation of Tongji University visited the Japan Foundation in Tokyo to discuss courses."
    record = extract(text, "en")
    foundation = _institution(record, "Japan Foundation")
    assert (foundation.kind, foundation.country) == ("government", "JP")
    found = {(p.chinese.name, p.foreign.name) for p in record.partnerships}
    assert found == {("Tongji University", "Japan Foundation")}


def test_a_provinces_association_is_its_own_body_s20_q(extract):
    # 教育国际交流协会 is a word of every province's association's name, not the national one's alias
    record = extract("论坛由浙江省教育厅主办，浙江省教育国际交流协会承办。", "zh")
    assert "浙江省教育国际交流协会" in [i.name for i in record.institutions]


def test_a_school_named_by_its_fields_is_a_unit_s20_q(extract):
    # 生态环境学院 (ecology and environment) is a university's school, no institution
    record = extract("阿联酋大学代表团参观了生态环境学院实验室。", "zh")
    assert [i.name for i in record.institutions] == ["阿联酋大学"]
