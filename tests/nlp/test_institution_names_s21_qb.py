"""Session 21 (qb): foreign names the gazetteer does not list, written with their own lower-case
words: an article after a connector ("de la", "de les", "de los"), an elided article glued to the
next word ("dell'", "d'"), "della", "do", "zu", "à", and a German head that the name follows
("Technische Universität Kaiserslautern"). Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _names(text: str) -> list[str]:
    bulletin = Bulletin(text=text, language="en", published=dt.date(2026, 5, 10), origin="test")
    return [i.name for i in extract_bulletin(bulletin).institutions]


@pytest.mark.parametrize(
    "name",
    [
        "Universitat de les Illes Mediterrànies",
        "Universidad de los Llanos Orientales",
        "Université de la Côte Sauvage",
        "Università della Valle Alta",
        "Università degli Studi dell'Appennino",
        "Université d'Ardenne Occidentale",
        "Universidade do Planalto Central",
        "Universität zu Nordhafen",
        "Université du Fleuve à Montclair",
        "Technische Universität Oberwald",
    ],
)
def test_a_foreign_name_goes_on_over_its_own_lower_case_words(name: str) -> None:
    text = f"On May 6, Nanchang University signed a cooperation agreement with the {name} in a ceremony."
    names = _names(text)
    assert name in names
    assert not any(other != name and name.startswith(other) and other != "Nanchang University" for other in names)


def test_an_article_does_not_join_two_names_listed_with_and() -> None:
    names = _names(
        "On May 6, Nanchang University signed agreements with the Universidad de los Llanos Orientales "
        "and la Universidad del Sur Lejano."
    )
    assert "Universidad de los Llanos Orientales" in names
    assert not any("Orientales and" in n for n in names)


def test_an_english_apostrophe_word_is_no_elided_article() -> None:
    # "It's" / "Women's" are no "l'" or "d'": the name ends at the head's own run
    names = _names("On May 6, the university's delegation visited Hunan University. It's a new start.")
    assert "Hunan University" in names
    assert not any(n.startswith("It") for n in names)


# "and" after a field list: a country opening the next words starts a second name, whose own name
# may hold an "and"; a field list's "and" joins no second name
def test_a_country_after_and_opens_a_second_name() -> None:
    names = _names(
        "On May 6, the ministry approved a programme of Harlow University of Chemical Technology and "
        "Kazakhstan State Oil and Gas University."
    )
    assert "Harlow University of Chemical Technology" in names
    assert "Kazakhstan State Oil and Gas University" in names


def test_a_field_list_after_of_stays_one_name() -> None:
    names = _names("On May 6, the Harlow College of Machinery and Electricity signed with Hunan University.")
    assert "Harlow College of Machinery and Electricity" in names


def test_a_dispatchs_day_is_no_part_of_the_name_after_it() -> None:
    bulletin = Bulletin(
        text="新华社昆明3月2日电 哈洛国际大学代表团2日访问云南大学。",
        language="zh",
        published=dt.date(2026, 3, 3),
        origin="test",
    )
    names = [i.name for i in extract_bulletin(bulletin).institutions]
    assert "哈洛国际大学" in names
    assert not any("日电" in name for name in names)
