"""People and partnerships as writers nobody fitted write them (session 24, second wave): an office of
an internal unit written before its name in a list of a delegation's members; diplomats' and
ministries' offices (Education Consul, 常务秘书); a host who receives the page's own delegation after
it is told visiting an institution; a day told only in a relative clause is no day of the act that
made the pair."""

from __future__ import annotations

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

_NCU_EN, _NCU_ZH = "https://en.ncu.edu.cn/a.htm", "https://news.ncu.edu.cn/a.htm"
_EXAMPLE = "http://www.example.org/news/2.html"


def _record(text: str, url: str = _EXAMPLE, published: str = "2025-11-20"):
    return extract_bulletin(Bulletin(text=text, url=url, published=published))


def _people(text: str, url: str = _EXAMPLE) -> dict[str, tuple[str | None, str | None]]:
    people = _record(text, url).people
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in people}


_OPENING = "From November 2 to 8, a delegation led by President Zhou Tianbao of Nanchang University visited Australia. "


@pytest.mark.parametrize(
    ("listed", "name", "title"),
    [
        (
            "Vice President Liu Hong, Director of the International Office Wang Lei and the deans travelled with him.",
            "Wang Lei",
            "Director of the International Office",
        ),
        (
            "Vice President Liu Hong, Dean of the School of Law Chen Jie, and others travelled with him.",
            "Chen Jie",
            "Dean of the School of Law",
        ),
        (
            "Vice President Liu Hong, Dean of the College of Foreign Languages Chen Jie and others travelled with him.",
            "Chen Jie",
            "Dean of the College of Foreign Languages",
        ),
        (
            "Vice President Liu Hong and Director of the International Cooperation Office Zhao Min attended.",
            "Zhao Min",
            "Director of the International Cooperation Office",
        ),
        (
            "Vice President Liu Hong, Head of the Department of Chemistry Anna Brown, said the visit went well.",
            "Anna Brown",
            "Head of the Department of Chemistry",
        ),
    ],
)
def test_an_office_of_a_unit_before_a_name_in_a_list_is_that_names_not_the_one_before(listed, name, title):
    people = _people(_OPENING + listed, _NCU_EN)
    assert people[name] == (title, "Nanchang University")
    assert people["Liu Hong"] == ("Vice President", "Nanchang University")


@pytest.mark.parametrize(
    "text",
    [
        # a bare name's comma: the office after it is that name's, and a place closes the unit's name
        "Huang Wei, Deputy Director-General of the Education Department of Guangxi Zhuang Autonomous Region, said "
        "that Guangxi would give priority to alliance projects.",
        # a form of address only before the first name: no list of titled names
        "Professor Huang Wei, Dean of the School of Law Chen Jie, spoke.",
        # the office closes its clause: no name after the unit
        "Vice President Liu Hong, Director of the International Office, said the visit went well.",
    ],
)
def test_no_person_is_read_from_a_units_words(text):
    people = _people(text, _NCU_EN)
    assert not any(name.endswith(("Region", "Autonomous Region")) for name in people)
    assert "Chen Jie" not in people or people["Chen Jie"][0] != "Dean of the School of Law"
    assert all(
        title is None or "International Office" not in title or name == "Liu Hong"
        for name, (title, _) in people.items()
    )


def test_the_office_after_a_bare_names_comma_stays_that_names():
    people = _people(
        "Nanchang University hosted the talks. Li Ming, Director of the International Office, said "
        "the partnership would grow.",
        _NCU_EN,
    )
    assert people["Li Ming"][0] == "Director of the International Office"


@pytest.mark.parametrize(
    ("sentence", "name", "title", "body"),
    [
        (
            "The delegation met Zhang Wen, Education Consul of the Consulate-General of the People's Republic of "
            "China in Sydney.",
            "Zhang Wen",
            "Education Consul",
            "Consulate-General of the People's Republic of China in Sydney",
        ),
        ("卢旺达教育部常务秘书让·吕克·穆甘加出席仪式。", "让·吕克·穆甘加", "常务秘书", "卢旺达教育部"),
        ("肯尼亚教育部常任秘书贝阿特丽斯·因扬加拉出席仪式。", "贝阿特丽斯·因扬加拉", "常任秘书", "肯尼亚教育部"),
        ("卢旺达教育部常务秘书穆甘加出席仪式。", "穆甘加", "常务秘书", "卢旺达教育部"),
    ],
)
def test_diplomats_and_ministries_offices(sentence, name, title, body):
    people = _people("Nanchang University signed an agreement with Harlow University. " + sentence)
    assert people[name] == (title, body)


_VISIT = "南昌大学代表团访问俄罗斯。9月23日，代表团{verb}喀山联邦大学。"


@pytest.mark.parametrize(
    ("verb", "clause", "name"),
    [
        ("访问", "刘建华副校长会见了代表团。", "刘建华"),
        ("抵达", "副校长王明亲切会见了我校代表团一行。", "王明"),
        ("到访", "副校长伊万·彼得罗夫热情接待了代表团。", "伊万·彼得罗夫"),
        ("走访", "校长王明宴请了代表团一行。", "王明"),
        ("访问", "党委书记李华接见了访问团。", "李华"),
    ],
)
def test_a_host_receiving_the_pages_own_delegation_is_of_the_institution_visited(verb, clause, name):
    people = _people(_VISIT.format(verb=verb) + clause, _NCU_ZH)
    assert people[name][1] == "喀山联邦大学"


@pytest.mark.parametrize(
    "text",
    [
        # the delegation is the visitors' (a signing told before, no visit): the officer is the publisher's
        "9月23日，我校与喀山联邦大学签署协议。副校长王明会见了代表团。",
        # the delegation received is named: another rule's, not this one's
        "9月23日，喀山联邦大学代表团来访。副校长王明会见了喀山联邦大学代表团。",
        # no host's verb: attending is no receiving
        "9月23日，我校与喀山联邦大学签署协议。副校长王明出席了签约仪式。",
    ],
)
def test_a_person_receiving_no_delegation_after_a_visit_keeps_the_publisher(text):
    assert _people(text, _NCU_ZH)["王明"][1] == "南昌大学"


def _pair_dates(text: str) -> dict[str, str | None]:
    return {p.foreign.name: p.date for p in _record(text, _NCU_EN).partnerships}


@pytest.mark.parametrize(
    "background",
    [
        "which the two universities first signed on May 3, 2019.",
        "which was first signed on May 3, 2019.",
        "which dates back to May 3, 2019.",
    ],
)
def test_a_day_told_only_in_a_relative_clause_is_no_day_of_the_act(background):
    text = (
        "On November 19, Nanchang University hosted a delegation from Harlow University. "
        f"Nanchang University renewed its agreement with Harlow University, {background}"
    )
    assert _pair_dates(text)["Harlow University"] == "2025-11-19"
    alone = f"Nanchang University renewed its agreement with Harlow University, {background}"
    assert _pair_dates(alone)["Harlow University"] is None


def test_a_day_of_the_main_clause_stays_the_pairs():
    text = "On November 19, Nanchang University signed an agreement with Harlow University, which was founded in 1850."
    assert _pair_dates(text)["Harlow University"] == "2025-11-19"
    text = "Nanchang University signed an agreement with Harlow University on November 18, which it visited in May."
    assert _pair_dates(text)["Harlow University"] == "2025-11-18"
