"""Session 27 (zh): Chinese partnerships as GUIDE.md's two newest rules read them: an official who
接见 / 会晤 a foreign delegation makes their institution (a government body too) a talks side, and a
stop of a trip given over several days has no day of its own (one institution visited over several
days is the trip itself, and keeps its first day). Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _pairs(text: str) -> dict[tuple[str, str], tuple[str, str | None]]:
    bulletin = Bulletin(text=text, language="zh", published=dt.date(2026, 11, 20), origin="test")
    record = extract_bulletin(bulletin)
    return {(p.chinese.name, p.foreign.name): (p.kind, p.date) for p in record.partnerships}


@pytest.mark.parametrize(
    ("sentence", "chinese", "foreign", "day"),
    [
        (
            "11月18日，湖南省教育厅厅长李明接见了新西兰奥克兰大学副校长约翰·布朗率领的代表团。",
            "湖南省教育厅",
            "奥克兰大学",
            "2026-11-18",
        ),
        (
            "11月16日，贵州省教育厅副厅长张华接见来访的泰国清迈大学代表团一行。",
            "贵州省教育厅",
            "清迈大学",
            "2026-11-16",
        ),
        (
            "11月12日，江苏省教育厅厅长赵军与法国里昂大学校长皮埃尔·杜邦举行会晤。",
            "江苏省教育厅",
            "里昂大学",
            "2026-11-12",
        ),
    ],
)
def test_an_official_who_receives_a_delegation_makes_a_talks_pair(
    sentence: str, chinese: str, foreign: str, day: str
) -> None:
    assert _pairs(sentence)[(chinese, foreign)] == ("talks", day)


def test_the_stops_of_a_trip_of_several_days_take_no_day() -> None:
    pairs = _pairs("11月10日至14日，浙江省教育厅副厅长李华率团访问德国，先后访问了慕尼黑工业大学和海德堡大学。")
    assert pairs[("浙江省教育厅", "慕尼黑工业大学")] == ("talks", None)
    assert pairs[("浙江省教育厅", "海德堡大学")] == ("talks", None)


def test_the_stops_of_a_foreign_trip_to_china_take_no_day() -> None:
    pairs = _pairs("11月3日至7日，波兰华沙大学代表团访问四川，先后走访四川大学、西南交通大学和成都理工大学。")
    assert {pairs[(school, "华沙大学")] for school in ("四川大学", "西南交通大学", "成都理工大学")} == {("talks", None)}


def test_a_stop_told_after_the_trip_of_several_days_takes_no_day() -> None:
    pairs = _pairs("11月3日至6日，浙江省教育厅代表团访问英国。其间，代表团与爱丁堡大学举行会谈。")
    assert pairs[("浙江省教育厅", "爱丁堡大学")] == ("talks", None)


def test_a_stop_dated_by_the_text_keeps_its_day() -> None:
    pairs = _pairs(
        "11月10日至14日，浙江省教育厅代表团访问德国，先后访问了慕尼黑工业大学和海德堡大学。"
        "12日，代表团在海德堡大学与该校副校长举行会谈。"
    )
    assert pairs[("浙江省教育厅", "海德堡大学")] == ("talks", "2026-11-12")
    assert pairs[("浙江省教育厅", "慕尼黑工业大学")] == ("talks", None)


def test_one_institution_visited_over_several_days_keeps_the_first_day() -> None:
    pairs = _pairs("11月16日至18日，英国伦敦大学学院代表团访问浙江大学，双方就联合培养进行了会谈。")
    assert pairs[("浙江大学", "伦敦大学学院")] == ("talks", "2026-11-16")


def test_a_trip_of_one_day_dates_its_stops() -> None:
    pairs = _pairs("11月10日，浙江省教育厅代表团先后访问了慕尼黑工业大学和海德堡大学。")
    assert pairs[("浙江省教育厅", "慕尼黑工业大学")] == ("talks", "2026-11-10")
    assert pairs[("浙江省教育厅", "海德堡大学")] == ("talks", "2026-11-10")


_TWO_SHANDA = (
    "11月8日，黄河高校国际合作论坛{where}举行，山东大学、山西大学、山东师范大学等高校的代表参加。"
    "论坛期间，山大与俄罗斯喀山联邦大学签署合作备忘录。"
)


@pytest.mark.parametrize(("where", "meant"), [("在济南", "山东大学"), ("在太原", "山西大学")])
def test_a_short_form_of_several_names_is_the_one_seated_where_the_page_takes_place(where: str, meant: str) -> None:
    pairs = _pairs(_TWO_SHANDA.format(where=where))
    assert [chinese for chinese, foreign in pairs if foreign == "喀山联邦大学"] == [meant]


def test_a_short_form_of_several_names_is_no_side_without_a_place_to_tell_them_apart() -> None:
    pairs = _pairs(_TWO_SHANDA.format(where=""))
    assert [chinese for chinese, foreign in pairs if foreign == "喀山联邦大学"] == []


def test_a_clause_s_side_written_short_in_a_sentence_of_two_pairs() -> None:
    pairs = _pairs(
        "11月8日，浙江外国语学院、宁波大学的代表出席论坛。会上，浙外与英国利兹大学签署合作备忘录，"
        "宁波大学与法国里昂大学签署合作协议。"
    )
    assert pairs[("浙江外国语学院", "利兹大学")] == ("mou", "2026-11-08")
    assert pairs[("宁波大学", "里昂大学")] == ("agreement", "2026-11-08")
    assert ("宁波大学", "利兹大学") not in pairs


_MEETING = "11月18日，浙江省教育厅副厅长王明会见了英国阿伯丁大学代表团。"


@pytest.mark.parametrize(
    "description",
    [
        "温州医科大学阿伯丁学院由温州医科大学与阿伯丁大学合作举办，是浙江首个医学类中外合作办学机构。",
        "温州医科大学与英国阿伯丁大学合作举办的临床医学专业本科教育项目已招生五届。",
    ],
)
def test_what_a_pair_runs_told_in_a_sentence_of_no_happening_takes_no_day(description: str) -> None:
    pairs = _pairs(_MEETING + description)
    assert pairs[("温州医科大学", "阿伯丁大学")][1] is None


def test_what_a_pair_runs_told_with_its_approval_takes_the_day() -> None:
    pairs = _pairs(
        "11月18日，教育部公布审批结果，温州医科大学与英国阿伯丁大学合作举办的临床医学专业本科教育项目获得批准。"
    )
    assert pairs[("温州医科大学", "阿伯丁大学")] == ("joint_program", "2026-11-18")


@pytest.mark.parametrize(
    "hosts",
    [
        "湖南省教育厅副厅长刘伟、湖南大学校长周明",
        "湖南大学校长周明、湖南省教育厅副厅长刘伟",
        "湖南省教育厅副厅长刘伟和湖南大学校长周明共同",
    ],
)
def test_a_department_s_official_meeting_beside_a_university_s_makes_both_sides(hosts: str) -> None:
    pairs = _pairs(f"11月9日，{hosts}会见了英国利兹大学代表团。")
    assert pairs[("湖南省教育厅", "利兹大学")] == ("talks", "2026-11-09")
    assert pairs[("湖南大学", "利兹大学")] == ("talks", "2026-11-09")


def test_a_department_s_official_who_sits_in_on_a_university_s_meeting_is_no_side() -> None:
    pairs = _pairs("11月9日，湖南大学校长周明会见了英国利兹大学代表团，湖南省教育厅国际处处长刘伟参加会见。")
    assert ("湖南省教育厅", "利兹大学") not in pairs


def test_a_department_s_official_beside_a_signing_witnesses_it() -> None:
    pairs = _pairs("11月9日，湖南省教育厅副厅长刘伟、湖南大学校长周明会见了英国利兹大学代表团，两校签署合作协议。")
    assert ("湖南省教育厅", "利兹大学") not in pairs
    assert pairs[("湖南大学", "利兹大学")] == ("agreement", "2026-11-09")


def test_the_two_sides_after_a_department_looked_on_are_the_pair_that_signed() -> None:
    pairs = _pairs(
        "11月18日，南昌大学与英国利兹大学签署合作备忘录。江西省教育厅副厅长王明出席签约仪式。"
        "王明表示，希望双方以此次签约为起点，把合作做实做细。"
    )
    assert ("江西省教育厅", "利兹大学") not in pairs
    assert pairs[("南昌大学", "利兹大学")] == ("mou", "2026-11-18")


def test_the_two_sides_after_a_department_met_the_visitors_are_the_department_and_them() -> None:
    pairs = _pairs("11月18日，江西省教育厅副厅长王明会见了英国利兹大学代表团。双方就职业教育合作交换了意见。")
    assert pairs[("江西省教育厅", "利兹大学")] == ("talks", "2026-11-18")
