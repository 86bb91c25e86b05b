"""Session 23 (qr): people. A student named with the field studied between the year and the noun ("a
final-year accounting student at the college"); the office of a place ("Deputy Mayor of Weihai",
威海市副市长) in the government of that place the text names; 向/于 after a title open a phrase, not a
name ('教授向代表团介绍'). Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _people(text: str, language: str = "en") -> dict[str, tuple[str | None, str | None]]:
    bulletin = Bulletin(text=text, language=language, published=dt.date(2026, 5, 10), origin="test")
    record = extract_bulletin(bulletin)
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


_COLLEGE = "Harlow University College at Nanchang University"


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        (
            "Among the speakers was Zhao Min, a final-year accounting and finance student at Jiujiang University.",
            "Jiujiang University",
        ),
        ("Li Hua, a PhD candidate in physics at Jiujiang University, presented a poster.", "Jiujiang University"),
        ("Chen Yiran, a second-year law student, spoke on May 8.", None),
    ],
)
def test_a_student_named_with_a_year_or_degree(sentence: str, organization: str | None) -> None:
    people = _people(sentence)
    assert len(people) == 1
    assert next(iter(people.values())) == (None, organization)


def test_a_student_at_the_college_is_of_the_college_named_before() -> None:
    text = (
        f"The {_COLLEGE} held its graduation on May 8. The college, based in Nanchang, teaches 1,600 students.\n\n"
        "Among the speakers was Zhao Min, a final-year accounting student at the college."
    )
    assert _people(text)["Zhao Min"] == (None, _COLLEGE)


def test_a_year_with_no_student_noun_names_no_student() -> None:
    assert not _people("Li Hua, a final-year project, was shown at Jiujiang University on May 8.")


def test_a_graduate_cue_keeps_its_reading() -> None:
    assert _people("Chen Yiran, who graduated in 2019, spoke at Jiujiang University on May 8.") == {
        "Chen Yiran": (None, None)
    }


_GOVERNMENT = "Weihai Municipal People's Government"


def test_a_mayor_of_a_city_is_of_the_city_s_government_the_text_names() -> None:
    text = (
        f"On 20 May, Sun Hao, Deputy Mayor of Weihai, signed the agreement, while the {_GOVERNMENT} provides buildings."
    )
    assert _people(text)["Sun Hao"] == ("Deputy Mayor", _GOVERNMENT)


def test_a_mayor_of_another_city_is_not_of_the_government_named() -> None:
    text = (
        f"On 20 May, Sun Hao, Deputy Mayor of Yantai, signed the agreement, while the {_GOVERNMENT} provides buildings."
    )
    assert _people(text)["Sun Hao"] == ("Deputy Mayor", None)


def test_a_mayor_with_no_government_named_has_no_organisation() -> None:
    assert _people("Sun Hao, Deputy Mayor of Weihai, attended the ceremony on May 8.")["Sun Hao"] == (
        "Deputy Mayor",
        None,
    )


def test_zh_a_vice_governor_is_of_the_province_s_government_the_text_names() -> None:
    people = _people("5月20日，江西省副省长李明出席签约仪式。仪式由江西省人民政府主办。", "zh")
    assert people["李明"] == ("副省长", "江西省人民政府")


def test_zh_another_province_s_government_is_not_his() -> None:
    people = _people("5月20日，江西省副省长李明出席签约仪式。仪式由湖南省人民政府主办。", "zh")
    assert people["李明"] == ("副省长", None)


def test_zh_xiang_after_a_title_opens_a_phrase() -> None:
    people = _people("5月8日，南昌大学外国语学院院长Anna Berg教授向代表团介绍了学院的教学情况。", "zh")
    assert set(people) == {"Anna Berg"}


@pytest.mark.parametrize(
    ("text", "name"), [("南昌大学副校长向东出席会议。", "向东"), ("南昌大学校长于海涛出席会议。", "于海涛")]
)
def test_zh_surnames_xiang_and_yu_still_name_people(text: str, name: str) -> None:
    assert name in _people("5月8日，" + text, "zh")


def test_an_office_of_the_chinese_university_is_the_chinese_one_named_before() -> None:
    text = (
        "Coventry University renewed its agreement with Jiangxi University of Finance and Economics on May 8. "
        "It was signed by Professor Daniel Price and Professor Xu Hong, Vice-President of the Chinese university."
    )
    assert _people(text)["Xu Hong"] == ("Vice-President", "Jiangxi University of Finance and Economics")


_SIGNED = "Nanchang University signed a memorandum with Coventry University on May 8. "


def test_signed_on_behalf_of_the_british_university() -> None:
    text = _SIGNED + "Professor Anna Berg signed on behalf of the British university."
    assert _people(text)["Anna Berg"][1] == "Coventry University"


def test_a_nationality_no_institution_named_has_is_no_organisation() -> None:
    text = _SIGNED + "Professor Anna Berg, Vice-President of the Romanian university, attended."
    assert _people(text)["Anna Berg"] == ("Vice-President", None)
