"""Session 14 name rules: Chinese joint research bodies (联合实验室, 联合研究中心) read as one name; a
Chinese university's college named after a listed foreign partner; provincial universities, renamed
ones among them, in the gazetteer."""

from __future__ import annotations

import pytest
from support import names

from pipeline.link.gazetteer import load_gazetteer


def institutions(extract, text: str) -> dict[str, str]:
    return {i.name: i.kind for i in extract(text, "zh").institutions}


def test_a_joint_lab_named_by_its_two_countries_is_one_name(extract):
    found = institutions(extract, "10月29日，中俄稀土新材料联合实验室在赣州揭牌。")
    assert "中俄稀土新材料联合实验室" in found  # 新 (a boundary elsewhere) is a field's word here


def test_a_joint_research_centre_after_de_is_a_research_institute(extract):
    text = "会上，浙江师范大学与喀麦隆雅温得第一大学共建的中喀热带农业联合实验室揭牌。"
    found = institutions(extract, text)
    assert found.get("中喀热带农业联合实验室") == "research_institute"
    assert {"浙江师范大学", "雅温得第一大学"} <= set(found)


def test_a_joint_lab_holding_its_builders_names_is_read_over_them(extract):
    found = institutions(extract, "11月20日，江西师范大学-英国利兹大学湿地生态联合实验室揭牌。")
    assert "江西师范大学-英国利兹大学湿地生态联合实验室" in found


def test_a_joint_centre_holding_a_short_name_is_read_over_it(extract):
    text = "浙江工业大学与迪肯大学签署合作协议，并为浙工大—迪肯先进材料联合研究中心揭牌。"
    assert "浙工大—迪肯先进材料联合研究中心" in institutions(extract, text)


def test_the_lab_two_named_universities_run_has_no_name_of_its_own(extract):
    text = "南昌大学与英国伦敦玛丽女王大学联合实验室建设进展顺利，两校已建成3个联合实验室。"
    found = institutions(extract, text)
    assert not [n for n in found if n.endswith("联合实验室")]
    assert "伦敦玛丽女王大学" in found


@pytest.mark.parametrize(
    "text",
    [
        "根据协议，理大与江西财经大学将共建金融科技联合实验室。",  # its field only: a description
        "我校与老挝国立大学签署《共建澜湄森林生态联合研究中心合作协议》。",  # an agreement's title
        "双方签署了合作协议，并共同筹建中俄轨道交通联合研究中心。",  # still to be built
        "双方将共建中英智慧农业联合研究中心。",
        "本校期望透过联合实验室，让两地研究人员共同解决问题。",
        "双方新建联合实验室。",
    ],
)
def test_no_joint_research_body_where_none_is_named_or_built(extract, text):
    assert not [n for n in institutions(extract, text) if n.endswith(("联合实验室", "联合研究中心"))]


def test_a_college_named_after_a_listed_foreign_partner_is_a_joint_institute(extract):
    found = institutions(extract, "华南农业大学阿德莱德农业学院举行开学典礼。")
    assert found.get("华南农业大学阿德莱德农业学院") == "joint_institute"


def test_a_school_of_a_university_named_by_its_field_stays_a_unit(extract):
    found = institutions(extract, "南昌大学外国语学院与利兹大学签署协议。")
    assert not [n for n in found if n.endswith("学院")]


def test_a_university_holding_another_ones_short_name_is_matched_whole(extract):
    record = extract("11月20日，浙大宁波理工学院与英国考文垂大学在宁波续签“2+2”本科双学位项目协议。", "zh")
    assert "浙大宁波理工学院" in names(record.institutions)
    assert "浙大" not in names(record.institutions)
    assert [p.chinese.name for p in record.partnerships] == ["浙大宁波理工学院"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("浙江科技学院", "浙江科技大学"),
        ("嘉兴学院", "嘉兴大学"),
        ("福建工程学院", "福建理工大学"),
        ("合肥学院", "合肥大学"),
        ("浙大城市学院", "杭州城市大学"),
        ("佛山科学技术学院", "佛山大学"),
    ],
)
def test_a_renamed_university_links_by_its_old_name(old, new):
    gazetteer = load_gazetteer()
    assert gazetteer.lookup(old) is not None
    assert gazetteer.lookup(old) == gazetteer.lookup(new)


@pytest.mark.parametrize("shared", ["Taizhou University", "Wuyi University"])
def test_an_english_name_two_chinese_universities_carry_links_to_neither(shared):
    assert load_gazetteer().lookup(shared) is None
