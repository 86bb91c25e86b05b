# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Events, session 23 (qe): made-up passages in the genre's ways, each with the events a careful reader
takes from them (kind, date, name, location), and near-misses the readings must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

Found = list[tuple[str, str | None, str | None, str | None]]


def _events(text: str, language: str, published: dt.date) -> Found:
    bulletin = Bulletin(text=text, language=language, published=published, origin="test")
    return [(e.kind, e.date, e.name, e.location) for e in extract_bulletin(bulletin).events]


def _of_kind(events: Found, kind: str) -> Found:
    return [e for e in events if e[0] == kind]


# -- the opening of a frame of several days is its first day ------------------------------------------


def test_a_signing_at_the_opening_of_a_forum_of_two_days_is_on_its_first_day() -> None:
    text = (
        "11月5日至6日，第三届中法高校合作论坛在武汉举行。\n\n"
        "开幕式上，武汉大学与里昂大学签署合作备忘录；华中科技大学与波尔多大学签署合作协议。\n\n"
        "论坛期间，武汉理工大学与南特大学签署合作协议。"
    )
    signings = _of_kind(_events(text, "zh", dt.date(2026, 11, 10)), "signing")
    assert ("signing", "2026-11-05", None, "武汉") in signings
    # near-miss: 'during the forum' after it is still on none of the forum's two days
    assert ("signing", None, None, "武汉") in signings


def test_the_pairs_signing_in_the_clauses_a_semicolon_joins_to_the_opening_take_its_day() -> None:
    text = (
        "11月5日至6日，第三届中法高校合作论坛在武汉举行。\n\n"
        "开幕式上，武汉大学与里昂大学签署合作备忘录；华中科技大学与波尔多大学签署合作协议。"
    )
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 10), origin="test")
    dates = {p.foreign.name: p.date for p in extract_bulletin(bulletin).partnerships}
    assert dates == {"里昂大学": "2026-11-05", "波尔多大学": "2026-11-05"}


def test_an_english_signing_at_the_opening_ceremony_is_on_the_first_day_and_opens_no_institute() -> None:
    text = (
        "The Sino-French University Forum was held in Wuhan from November 5 to 6.\n\n"
        "At the opening ceremony, Wuhan University and the University of Lyon signed a memorandum of understanding."
    )
    events = _events(text, "en", dt.date(2026, 11, 10))
    assert ("signing", "2026-11-05", None, "Wuhan") in events
    assert not _of_kind(events, "establishment"), events


# near-miss: the opening ceremony of an institute the sentence names is that institute's founding
def test_the_opening_ceremony_of_a_named_institute_is_its_founding() -> None:
    text = "At the opening ceremony of the Confucius Institute at the University of Lyon on November 3, the two universities signed an agreement."
    events = _events(text, "en", dt.date(2026, 11, 10))
    assert ("establishment", "2026-11-03", "Confucius Institute at the University of Lyon", None) in events


# -- a founding told with its year is a background event -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "联盟自2016年成立以来，成员单位已达52家。",
        "该联盟成立于2016年，成员单位已达52家。",
    ],
)
def test_an_alliance_founded_in_a_year_is_a_background_founding(sentence: str) -> None:
    text = f"7月7日，中俄交通大学联盟2026年年会在哈尔滨召开。\n\n{sentence}"
    events = _events(text, "zh", dt.date(2026, 7, 9))
    assert ("establishment", None, "中俄交通大学联盟", None) in events


# near-miss: 成立以来 without a year tells the length of a history, no founding
def test_since_its_founding_without_a_year_is_no_founding() -> None:
    text = "7月7日，中俄交通大学联盟2026年年会在哈尔滨召开。\n\n联盟成立以来，成员单位已达52家。"
    assert not _of_kind(_events(text, "zh", dt.date(2026, 7, 9)), "establishment")


def test_a_federation_referred_to_by_its_word_is_the_one_founded() -> None:
    text = "1月30日，中国—中东欧国家高校联合会第十届会议在宁波召开。\n\n联合会由中国和中东欧国家的四十余所高校于2014年共同发起成立。"
    events = _events(text, "zh", dt.date(2026, 2, 3))
    assert ("establishment", None, "中国—中东欧国家高校联合会", None) in events


# a year told before the founding word is no part of the founded body's name
def test_a_year_is_no_part_of_a_founded_bodys_name() -> None:
    text = "9月2日至3日，联盟2026年年会在珠海召开。\n\n该校自2016年联盟成立之初即为成员单位。"
    names = [e[2] for e in _events(text, "zh", dt.date(2026, 9, 4))]
    assert not [n for n in names if n and "2016" in n and "年会" not in n], names


@pytest.mark.parametrize(
    "sentence",
    [
        "Since its launch in 2017, the network has grown to 48 member institutions.",
        "The network was jointly initiated by Yunnan University and Chulalongkorn University in 2017.",
        "Yunnan University, which initiated the network in 2017, continues to host its secretariat.",
    ],
)
def test_a_network_launched_in_a_year_is_a_background_founding(sentence: str) -> None:
    text = f"The council of the South Asian University Network met in Kunming on September 1.\n\n{sentence}"
    events = _events(text, "en", dt.date(2026, 9, 2))
    assert ("establishment", None, "South Asian University Network", None) in events


# 'the alliance' is the alliance named before, not an association named after it
def test_the_alliance_referred_to_is_the_last_alliance_not_an_association() -> None:
    text = (
        "On May 20, the Sino-Andean University Alliance for Mining was launched in Lima. The forum was "
        "co-organized by the Chinese Association of Andean Studies.\n\n"
        "The alliance was founded by Central South University and the National University of Engineering."
    )
    founded = _of_kind(_events(text, "en", dt.date(2026, 5, 25)), "establishment")
    assert [e[2] for e in founded] == ["Sino-Andean University Alliance for Mining"], founded


def test_an_institute_opened_in_a_year_is_founded_in_that_clauses_place() -> None:
    text = (
        "On November 11, the two universities renewed their agreement on the Confucius Institute at the "
        "University of Porto. The two universities opened the institute in Porto in 2014, and it now teaches 500 learners."
    )
    events = _events(text, "en", dt.date(2026, 11, 20))
    assert ("establishment", None, "Confucius Institute at the University of Porto", "Porto") in events


def test_a_joint_institute_opened_in_a_year_in_a_dated_sentence_keeps_no_day() -> None:
    text = (
        "A delegation from Beijing University of Technology visited UCD in Dublin on Tuesday, 15 September, to "
        "review Beijing-Dublin International College, the joint institute the two universities opened in Beijing in 2012."
    )
    founded = _of_kind(_events(text, "en", dt.date(2026, 9, 18)), "establishment")
    assert founded == [("establishment", None, "Beijing-Dublin International College", "Beijing")]


# near-miss: an institute 'which opened in 2016', told in passing, is no happening of the page
def test_an_institute_which_opened_in_a_year_told_in_passing_is_no_event() -> None:
    text = "On June 14, the two universities signed an agreement in Nanjing. The NUIST-Reading Academy, which opened in 2016, now offers six programmes."
    assert not _of_kind(_events(text, "en", dt.date(2024, 6, 17)), "establishment")


# -- places -------------------------------------------------------------------------------------------


def test_a_city_after_its_countrys_description_is_the_place() -> None:
    text = "11月12日，代表团赴英国北部城市爱丁堡，与爱丁堡大学签署合作协议。"
    events = _events(text, "zh", dt.date(2026, 11, 20))
    assert ("signing", "2026-11-12", None, "爱丁堡") in events


# -- 'during the visit' after a trip of several days ------------------------------------------------------


def test_during_the_visit_after_its_days_is_on_none_of_them() -> None:
    text = (
        "11月9日至14日，省教育厅代表团访问芬兰。\n\n"
        "12日，代表团访问坦佩雷大学，江南大学与坦佩雷大学签署合作备忘录。\n\n"
        "访问期间，南京林业大学代表团赴芬兰东部城市约恩苏，与东芬兰大学签署合作协议。"
    )
    signings = _of_kind(_events(text, "zh", dt.date(2026, 11, 20)), "signing")
    assert ("signing", None, None, "约恩苏") in signings
    assert ("signing", "2026-11-12", None, None) in signings


# near-miss: a visit of one day, 'during the visit' after it is on that day
def test_during_a_one_day_visit_is_on_its_day() -> None:
    text = "6月11日，泰国孔敬大学副校长一行到访武汉理工大学。访问期间，两校签署了土木工程本科双学位项目协议。"
    signings = _of_kind(_events(text, "zh", dt.date(2026, 6, 12)), "signing")
    assert [e[1] for e in signings] == ["2026-06-11"]


def test_during_the_visit_in_english_after_a_trip_of_several_days_is_on_none_of_them() -> None:
    text = (
        "From May 7 to 12, a delegation of Hunan University visited Finland.\n\n"
        "On May 10, the delegation visited Tampere University, where the two universities signed a memorandum.\n\n"
        "During the visit, Hunan Normal University signed an agreement with the University of Eastern Finland."
    )
    signings = _of_kind(_events(text, "en", dt.date(2026, 5, 20)), "signing")
    assert ("signing", None, None, None) in signings, signings


# -- a visit word that names a status, not a trip ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "11月20日，宁波大学与新加坡国立大学签署合作备忘录，双方将互派访问学者。",
        "11月20日，宁波大学与新加坡国立大学签署合作备忘录，明年起每年接收对方访问学生10名。",
    ],
)
def test_visiting_scholars_exchanged_make_no_visit(sentence: str) -> None:
    events = _events(sentence, "zh", dt.date(2026, 11, 24))
    assert not _of_kind(events, "visit"), events
    assert ("signing", "2026-11-20", None, None) in events


# near-miss: a delegation visiting is a visit
def test_a_delegation_visiting_is_still_a_visit() -> None:
    text = "11月20日，新加坡国立大学代表团访问宁波大学，双方互派访问学者事宜进行了会谈。"
    assert _of_kind(_events(text, "zh", dt.date(2026, 11, 24)), "visit")


# -- an English photo caption shows the signing told in the text; it tells no other ----------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Li Ming and Anna Berg sign the renewed agreement",
        "Professor Anna Berg and Professor Li Ming exchange the signed memorandum. Photo: Erik Lund",
        "Anna Berg (left) and Li Ming at the signing ceremony (Photo by Erik Lund)",
    ],
)
def test_an_english_photo_caption_tells_no_signing_of_its_own(caption: str) -> None:
    text = (
        "On November 11 in Uppsala, Li Ming, Vice President of Hunan University, and Anna Berg, Vice-Rector of "
        "Uppsala University, signed an agreement on joint doctoral training.\n\n"
        "On November 13, the delegation visited Lund University.\n\n"
        f"{caption}\n\nThe delegation at Lund University"
    )
    signings = _of_kind(_events(text, "en", dt.date(2026, 11, 20)), "signing")
    assert signings == [("signing", "2026-11-11", None, "Uppsala")], signings


# near-miss: the same words in a sentence of a paragraph tell a signing
def test_a_signing_told_in_a_paragraph_is_a_signing() -> None:
    text = (
        "On November 11 in Uppsala, the delegation of Hunan University met Uppsala University.\n\n"
        "On November 13, Li Ming and Anna Berg signed the renewed agreement in Lund, and the two sides agreed to "
        "exchange doctoral students."
    )
    signings = _of_kind(_events(text, "en", dt.date(2026, 11, 20)), "signing")
    assert ("signing", "2026-11-13", None, "Lund") in signings, signings


# -- a signing ceremony referred to is the signing told before -------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "The memorandum was signed on Friday in Valletta by the two rectors.\n\n"
            "On Thursday the delegation called at the Malta College of Arts, Science and Technology.\n\n"
            "Zhou Wei, Counsellor at the Chinese Embassy in Malta, attended the signing ceremony.",
            "en",
            "2026-11-20",
        ),
        (
            "11月20日，江西财经大学与邓迪大学签署合作协议。\n\n21日，代表团访问格拉斯哥大学。\n\n省教育厅副厅长王明出席签约仪式并致辞。",
            "zh",
            "2026-11-20",
        ),
    ],
)
def test_a_signing_ceremony_attended_is_the_signing_told_before(text: str, language: str, day: str) -> None:
    signings = _of_kind(_events(text, language, dt.date(2026, 11, 23)), "signing")
    assert [e[1] for e in signings] == [day], signings


# near-miss: a signing told at the ceremony, with its own verb, is a signing
def test_a_signing_told_at_a_ceremony_is_a_signing() -> None:
    text = (
        "11月20日，江西财经大学与邓迪大学签署合作协议。\n\n"
        "11月22日，在签约仪式上，南昌大学与格拉斯哥大学签署合作备忘录。"
    )
    signings = _of_kind(_events(text, "zh", dt.date(2026, 11, 23)), "signing")
    assert [e[1] for e in signings] == ["2026-11-20", "2026-11-22"], signings


# -- where a body is based is not where a happening took place -------------------------------------------


def test_where_a_university_is_based_is_not_the_visits_place() -> None:
    text = (
        "The University of Malta signed a memorandum with Jimei University on 20 November.\n\nIt was the high point of "
        "a visit to Malta from 18 to 21 November by a seven-member delegation from the Chinese university, which is based in Xiamen.\n\n"
        "On 19 November the delegation called at the Malta College of Arts, Science and Technology."
    )
    visits = _of_kind(_events(text, "en", dt.date(2026, 11, 23)), "visit")
    assert visits == [("visit", "2026-11-18", None, "Malta")], visits


# a delegation counted ('a seven-member delegation') is a travelling party though no institution is named
def test_a_visit_by_a_counted_delegation_is_a_visit() -> None:
    text = "It was the high point of a visit to Malta from 18 to 21 November by a seven-member delegation from the Chinese university."
    assert ("visit", "2026-11-18", None, "Malta") in _events(text, "en", dt.date(2026, 11, 23))


# -- A暨B: two happenings, each named by its own head ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("11月24日，首都高校非洲教育合作联盟成立大会暨首届首都高校—非洲教育合作论坛在京举行。", ("establishment", "首都高校非洲教育合作联盟")),
        ("11月24日，首都高校非洲教育合作联盟年会暨首届首都高校—非洲教育合作论坛在京举行。", ("conference", "首都高校非洲教育合作联盟年会")),
    ],
)
def test_two_happenings_joined_by_ji_are_named_apart(text: str, first: tuple[str, str]) -> None:
    named = [(e[0], e[2]) for e in _events(text, "zh", dt.date(2026, 11, 26))]
    assert first in named
    assert ("conference", "首届首都高校—非洲教育合作论坛") in named
    assert not [n for _, n in named if n and "暨" in n], named


# -- a body founded, told as the subject of its sentence ------------------------------------------------


def test_a_workshop_opening_its_founding_sentence_is_the_body_founded() -> None:
    text = "6月23日，对方代表团来访我院。\n\n肯尼亚鲁班工坊由我院与马查科斯大学共建，2019年12月在马查科斯揭牌运营，已培养学员600余名。"
    founded = _of_kind(_events(text, "zh", dt.date(2026, 6, 26)), "establishment")
    assert [(e[1], e[2]) for e in founded] == [(None, "肯尼亚鲁班工坊")], founded


# near-miss: a workshop the sentence's verb is about, founded by no word, is no founding
def test_a_workshop_named_in_a_sentence_without_a_founding_word_is_none() -> None:
    text = "6月23日，对方代表团来访我院。\n\n肯尼亚鲁班工坊由我院与马查科斯大学共建，已培养学员600余名。"
    assert not _of_kind(_events(text, "zh", dt.date(2026, 6, 26)), "establishment")


def test_an_institute_running_since_a_year_was_founded_then() -> None:
    text = "3月14日，普瓦提埃大学代表团来访我校。\n\n他说，普瓦提埃大学孔子学院自2012年运行以来成效显著。"
    founded = _of_kind(_events(text, "zh", dt.date(2024, 3, 15)), "establishment")
    assert [(e[1], e[2]) for e in founded] == [(None, "普瓦提埃大学孔子学院")], founded


# -- what the sides will hold under an agreement is its content, no happening ---------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("11月14日，两校签署合作备忘录。根据备忘录，两校将互派交换生，并联合举办高原医学学术研讨会。", "zh"),
        ("11月14日，两校签署合作备忘录，双方将定期互派代表团，并轮流举办两地校长论坛。", "zh"),
        (
            "On November 14, the two universities signed a memorandum. Under the memorandum, the two universities "
            "will co-host the 2027 Sino-Nepal Forum on High-Altitude Medicine.",
            "en",
        ),
    ],
)
def test_a_meeting_the_sides_will_hold_is_no_event(text: str, language: str) -> None:
    events = _events(text, language, dt.date(2026, 11, 20))
    assert not _of_kind(events, "conference"), events
    assert ("signing", "2026-11-14", None, None) in events


# near-miss: a meeting held, told after what the sides will do, is an event
def test_a_meeting_held_after_the_sides_plans_is_an_event() -> None:
    text = "11月14日，两校签署合作备忘录，双方将互派交换生。11月15日，第二届高原医学学术研讨会在拉萨举行。"
    events = _events(text, "zh", dt.date(2026, 11, 20))
    assert ("conference", "2026-11-15", "第二届高原医学学术研讨会", "拉萨") in events
