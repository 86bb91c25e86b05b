"""Session 25 (w2r): people's offices written in the other ways real bulletins write them: a lower-case
office with its area after "Professor Name," ("vice-president for international affairs of ..."), an office
read only after a comma standing before the honorific ("led by its Registrar, Professor Name"), and an
office's capitalised area with no "for" before the honorific ("Deputy Vice-Chancellor Global Engagement
Professor Name"). Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _people(text: str, language: str = "en") -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language=language, published=dt.date(2026, 5, 10), origin="test")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "A delegation from the University of Bremen visited Shanghai University on Monday. It was led by "
            "Professor Katrin Maier, vice-president for international affairs, who met Zhao Lei.",
            "vice-president for international affairs",
        ),
        (
            "A delegation from Hochschule Darmstadt visited Hubei University on Monday. It was led by Professor "
            "Tobias Lang, vice-president for research and transfer of hda, as the university calls itself.",
            "vice-president for research and transfer",
        ),
        (
            "A delegation from Hochschule Darmstadt, led by Dr Tobias Lang, dean for studies, visited Hubei "
            "University on Monday.",
            "dean for studies",
        ),
    ],
)
def test_a_lower_case_office_after_an_honorific_and_name(sentence: str, title: str) -> None:
    people = _people(sentence)
    name = "Katrin Maier" if "Katrin" in sentence else "Tobias Lang"
    assert people[name][0] == title
    assert people[name][1] in {"University of Bremen", "Hochschule Darmstadt"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Wang Ping, Deputy Director-General of the Yunnan Provincial Department of Education, met a delegation "
        "from Pokhara University, Nepal, led by its Registrar, Professor Bishnu Adhikari.",
        "A delegation from Pokhara University visited Yunnan University on June 17. It was led by its "
        "Registrar, Professor Bishnu Adhikari.",
        "Professor Bishnu Adhikari, Registrar of Pokhara University, said the two universities would exchange "
        "students.",
    ],
)
def test_an_office_read_after_a_comma_before_the_honorific(sentence: str) -> None:
    assert _people(sentence)["Bishnu Adhikari"] == ("Registrar", "Pokhara University")


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "The University of Sydney delegation, led by Pro Vice-Chancellor International Engagement Professor "
            "Mark Ellis, visited Fudan University on 12 June.",
            "Mark Ellis",
            "Pro Vice-Chancellor International Engagement",
        ),
        (
            "Deputy Vice-Chancellor Research and Enterprise Professor Laura Hughes of Monash University met "
            "Chen Ling, vice-president of Zhejiang University, in Hangzhou on 4 May.",
            "Laura Hughes",
            "Deputy Vice-Chancellor Research and Enterprise",
        ),
    ],
)
def test_an_office_with_its_area_before_the_honorific(sentence: str, name: str, title: str) -> None:
    people = _people(sentence)
    assert people[name][0] == title
    assert not any("Professor" in person for person in people)  # (no "International Engagement Professor")


def test_a_title_before_a_name_takes_no_following_name_words() -> None:
    people = _people("Vice President Liu Hongyan met Professor Mark Ellis of Monash University in Beijing.")
    assert people["Liu Hongyan"][0] == "Vice President"
    assert people["Mark Ellis"][0] == "Professor"


@pytest.mark.parametrize(
    "sentence",
    [
        "6月12日，中国—东盟高校合作论坛在南宁举行。签约代表依次为：广西大学副校长陈刚、宋卡王子大学副校长素差·汶那，"
        "广西民族大学校长刘斌、约翰·卡特（马来亚大学副校长）。",
        "出席签约仪式的有南宁师范大学副校长黄华、约翰·卡特（马来亚大学副校长）和李明（广西教育厅）。",
    ],
)
def test_a_listed_name_with_its_office_and_body_in_brackets(sentence: str) -> None:
    people = _people(sentence, "zh")
    assert people["约翰·卡特"] == ("副校长", "马来亚大学")


def test_a_bracketed_office_of_a_unit_keeps_the_unit() -> None:
    people = _people("出席仪式的有南宁师范大学副校长黄华、玛丽亚·佩雷斯（格拉纳达大学国际处处长）。", "zh")
    assert people["玛丽亚·佩雷斯"] == ("国际处处长", "格拉纳达大学")
    assert people["黄华"] == ("副校长", "南宁师范大学")


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("5月8日，韩国庆熙大学总长李在勋一行访问南京大学，南京大学副校长王成会见了代表团。", "李在勋", "总长"),
        ("6月3日，日本京都大学副总长山本健太访问浙江大学，双方就联合培养研究生进行了会谈。", "山本健太", "副总长"),
    ],
)
def test_a_korean_or_japanese_president_is_a_zongzhang(sentence: str, name: str, title: str) -> None:
    assert _people(sentence, "zh")[name][0] == title


@pytest.mark.parametrize(
    ("sentence", "name", "body"),
    [
        (
            "5月14日，南京理工大学与澳大利亚迪肯大学（以下简称迪肯）签署合作备忘录。迪肯国际事务副校长John Miller表示，"
            "希望两校开展联合科研。",
            "John Miller",
            "迪肯大学",
        ),
        (
            '论坛上，苏州科技大学与新西兰梅西大学(简称"梅西")签署协议。'
            "此前一天，梅西副校长Anna Brown一行访问了苏州大学。",
            "Anna Brown",
            "梅西大学",
        ),
    ],
)
def test_an_office_after_a_declared_short_form(sentence: str, name: str, body: str) -> None:
    people = _people(sentence, "zh")
    assert people[name][1] == body
    assert not any(len(person) == 2 for person in people)  # (no person 梅西 of "梅西副校长")


def test_a_latin_name_with_lower_case_particles_in_chinese_text() -> None:
    people = _people(
        "9月14日，代表团访问荷兰莱顿大学，与该校副校长Pieter van der Berg教授进行了会谈。随后，代表团会见了瓦伦西亚大学"
        "国际处处长Carmen de la Fuente。",
        "zh",
    )
    assert people["Pieter van der Berg"] == ("副校长", "莱顿大学")
    assert people["Carmen de la Fuente"][0] == "国际处处长"


def test_a_count_before_a_title_names_no_one() -> None:
    people = _people("论坛于12月5日召开，120余名校长和专家出席。共有30余位院长参加了分组讨论。", "zh")
    assert people == {}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("在分论坛上，南京大学俄罗斯籍学生安娜·彼得罗娃用流利的汉语讲述了学习经历。", "安娜·彼得罗娃"),
        ("开幕式上，副校长约翰·史密斯用英语致辞。", "约翰·史密斯"),
        ("埃及籍留学生穆罕默德·阿里以志愿者身份参与了服务工作。", "穆罕默德·阿里"),
    ],
)
def test_a_foreign_name_ends_before_a_manner_word(sentence: str, name: str) -> None:
    assert list(_people(sentence, "zh")) == [name]


@pytest.mark.parametrize(
    ("sentence", "name", "office", "body"),
    [
        (
            "A delegation from the University of Agriculture, Faisalabad, toured Shaanxi from Oct 22 to 25. Led by "
            "vice-chancellor Iqbal Ahmed, the group visited Northwest University in Xi'an.",
            "Iqbal Ahmed",
            "vice-chancellor",
            "University of Agriculture, Faisalabad",
        ),
        (
            "A delegation from Tribhuvan University, headed by vice-rector Hari Sharma, visited Sichuan University "
            "on May 3.",
            "Hari Sharma",
            "vice-rector",
            "Tribhuvan University",
        ),
    ],
)
def test_a_lower_case_office_after_led_by(sentence: str, name: str, office: str, body: str) -> None:
    assert _people(sentence)[name] == (office, body)


def test_led_by_a_long_office_names_no_area_words() -> None:
    people = _people(
        "A Massey University delegation, led by Deputy Vice-Chancellor Global Engagement Professor Sarah Whitcombe, "
        "visited Beijing on 2 March."
    )
    assert list(people) == ["Sarah Whitcombe"]
