"""Partnerships and events as writers nobody fitted write them (session 25, second wave): a
delegation of several bodies calling on several hosts; signings listed after a ceremony; government
and school pairs; kinds across the page; events that are no happenings; anniversaries."""

from __future__ import annotations

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

_EXAMPLE = "http://www.example.org/news/25.html"


def _record(text: str, published: str = "2025-06-20", url: str = _EXAMPLE):
    return extract_bulletin(Bulletin(text=text, url=url, published=published))


_Pairs = dict[tuple[str, str], tuple[str, str | None]]


def _pairs(text: str, published: str = "2025-06-20", url: str = _EXAMPLE) -> _Pairs:
    return {(p.chinese.name, p.foreign.name): (p.kind, p.date) for p in _record(text, published, url).partnerships}


def test_each_visitor_of_a_list_meets_each_host_of_the_other():
    pairs = _pairs(
        "On June 16, a delegation from the University of Glasgow, Monash University and the University of "
        "Toronto visited Wuhan University and Huazhong University of Science and Technology, where they "
        "discussed joint doctoral training."
    )
    for chinese in ("Wuhan University", "Huazhong University of Science and Technology"):
        for foreign in ("University of Glasgow", "Monash University", "University of Toronto"):
            assert pairs[(chinese, foreign)] == ("talks", "2025-06-16")


def test_interleaved_sides_still_pair_each_with_the_side_before_it():
    pairs = _pairs(
        "On June 16, Wuhan University signed an agreement with the University of Glasgow, and Sichuan "
        "University signed a memorandum of understanding with Monash University."
    )
    assert ("Wuhan University", "Monash University") not in pairs
    assert ("Sichuan University", "University of Glasgow") not in pairs


def test_the_group_is_the_delegation_told_before():
    pairs = _pairs(
        "A delegation from the University of Peshawar arrived in Chengdu on June 3 for a four-day tour of "
        "Sichuan province. Headed by its vice-chancellor, the group called on Sichuan University and "
        "Southwest Jiaotong University, and discussed student exchanges."
    )
    assert set(pairs) == {
        ("Sichuan University", "University of Peshawar"),
        ("Southwest Jiaotong University", "University of Peshawar"),
    }


def test_a_pair_met_on_the_one_day_told_before_takes_it():
    pairs = _pairs(
        "A delegation from the University of Peshawar arrived in Chengdu on June 3. The delegation "
        "visited Sichuan University and discussed joint research on crops."
    )
    assert pairs[("Sichuan University", "University of Peshawar")] == ("talks", "2025-06-03")


def _events(text: str, published: str = "2025-06-20") -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for e in _record(text, published).events]


_FORUM = "6月18日，2025湖南—东盟高校合作论坛在长沙举行。论坛由湖南省教育厅主办。\n\n"
_SPEECH = "湖南省教育厅副厅长王明在开幕致辞中介绍，近年来全省高校与东盟国家高校的合作项目稳步增长。\n\n"
_SIGNINGS = (
    "论坛上举行了集中签约。湖南大学与马来西亚理科大学签署合作备忘录，中南大学与泰国清迈大学签署"
    "《临床医学专业联合培养项目协议》。"
)


def test_a_time_word_in_what_a_speaker_said_does_not_end_the_day_told_before():
    text = _FORUM + _SPEECH + _SIGNINGS
    pairs = _pairs(text)
    assert pairs[("湖南大学", "马来西亚理科大学")] == ("mou", "2025-06-18")
    assert pairs[("中南大学", "清迈大学")] == ("agreement", "2025-06-18")
    assert ("signing", "2025-06-18") in _events(text)


def test_a_time_word_before_the_speech_still_ends_the_day_told_before():
    text = _FORUM + "近年来，湖南大学与马来西亚理科大学签署合作备忘录，双方表示，将继续深化合作。"
    assert _pairs(text)[("湖南大学", "马来西亚理科大学")] == ("mou", None)


def test_a_list_of_signatories_keeps_the_documents_each_clause_named():
    text = (
        _FORUM
        + _SIGNINGS
        + "签约代表依次为：湖南大学副校长李明、马来西亚理科大学副校长阿兹曼，中南大学校长张强、清迈大学校长颂猜。"
    )
    pairs = _pairs(text)
    assert pairs[("湖南大学", "马来西亚理科大学")] == ("mou", "2025-06-18")


def test_a_clauses_subject_is_no_partner_of_the_object_of_the_clause_before():
    text = _FORUM + "论坛期间，山大与马来西亚理科大学签署合作备忘录，中南大学与泰国清迈大学签署合作协议。"
    pairs = _pairs(text)
    assert ("中南大学", "马来西亚理科大学") not in pairs
    assert pairs[("中南大学", "清迈大学")] == ("agreement", "2025-06-18")


def test_a_governments_delegation_meets_the_ministry_as_it_meets_the_university():
    pairs = _pairs(
        "On June 16, a delegation of the Shenzhen Municipal Education Bureau visited Singapore, where it held "
        "talks with Singapore's Ministry of Education on teacher exchange, and visited Nanyang Technological "
        "University to discuss summer programmes for teachers."
    )
    assert pairs[("Shenzhen Municipal Education Bureau", "Ministry of Education")] == ("talks", "2025-06-16")
    assert pairs[("Shenzhen Municipal Education Bureau", "Nanyang Technological University")] == ("talks", "2025-06-16")


def test_a_ministry_beside_two_universities_still_only_witnesses():
    pairs = _pairs(
        "On June 16, Wuhan University signed an agreement with the University of Glasgow in the presence of "
        "officials of the Ministry of Education."
    )
    assert set(pairs) == {("Wuhan University", "University of Glasgow")}


def test_a_side_visited_after_talks_in_a_sentence_of_talks_had_talks():
    pairs = _pairs("6月16日，深圳市教育局代表团访问新加坡，与新加坡教育部就教师交流进行了会谈，并走访了南洋理工大学。")
    assert pairs[("深圳市教育局", "新加坡教育部")] == ("talks", "2025-06-16")
    assert pairs[("深圳市教育局", "南洋理工大学")] == ("talks", "2025-06-16")


def test_the_documents_counted_before_pass_on_past_a_line_with_a_side_unread():
    pairs = _pairs(
        "6月16日举行的集中签约仪式上，8对中外学校签订友好学校协议。其中，星海一中与德国某某文理中学签约，"
        "双方将互派学生；青岛第五十八中学与韩国大邱庆北高中签约，将合作开设选修课；"
        "青岛第九中学与澳大利亚阿德莱德高中签约，两校将共建线上课堂。"
    )
    assert pairs[("青岛第九中学", "阿德莱德高中")] == ("agreement", "2025-06-16")


def test_a_signing_after_the_meeting_is_the_visits_pair():
    text = (
        "On Monday, a delegation from the University of Glasgow came to Wuhan University. President Zhang Wei "
        "met the guests. Zhang said Wuhan University values its ties with Scotland.\n\n"
        "After the meeting, Vice President Li Ming and Professor Anne Reid signed a cooperation agreement on "
        "a joint master's programme."
    )
    assert _pairs(text, "2025-06-20")[("Wuhan University", "University of Glasgow")] == ("agreement", "2025-06-16")


def test_a_signing_opening_otherwise_takes_no_pair_from_a_paragraph_before():
    text = (
        "On Monday, a delegation from the University of Glasgow came to Wuhan University. President Zhang Wei "
        "met the guests.\n\nProfessor Anne Reid and Li Ming signed a cooperation agreement in 2019."
    )
    assert _pairs(text, "2025-06-20")[("Wuhan University", "University of Glasgow")][0] == "talks"


def test_talks_on_a_programme_the_pair_runs_give_the_programme():
    text = (
        "Last Friday, a delegation from the University of Glasgow visited Wuhan University and held talks on "
        "the dual-degree programme in chemistry that the two universities have run since 2019."
    )
    assert _pairs(text)[("Wuhan University", "University of Glasgow")] == ("joint_program", "2025-06-13")
    zh = "6月13日，格拉斯哥大学代表团访问武汉大学，双方就两校自2019年起合作举办的化学双学位项目进行了会谈。"
    assert _pairs(zh)[("武汉大学", "格拉斯哥大学")] == ("joint_program", "2025-06-13")


def test_talks_on_launching_a_programme_stay_talks():
    text = (
        "Last Friday, a delegation from the University of Glasgow visited Wuhan University and held talks on "
        "launching a dual-degree programme in chemistry."
    )
    assert _pairs(text)[("Wuhan University", "University of Glasgow")] == ("talks", "2025-06-13")


def _event_kinds(text: str, published: str = "2025-06-20") -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.name, e.date) for e in _record(text, published).events]


def test_a_sub_forum_is_no_event_of_its_own():
    events = _event_kinds(
        "6月18日至19日，第三届湖南—东盟高校合作论坛在长沙举行。\n\n"
        "在19日上午的青年学者分论坛上，中外青年学者围绕人工智能教育展开讨论。"
    )
    assert [e for e in events if e[0] == "conference"] == [("conference", "第三届湖南—东盟高校合作论坛", "2025-06-18")]


def test_a_portals_dispatch_date_is_not_the_forums():
    events = _event_kinds(
        "星辰网6月19日讯 日前，第三届湖南—东盟高校合作论坛在长沙举行。"
        "论坛于6月16日至17日召开，来自8个国家的高校代表出席。",
        "2025-06-19",
    )
    assert ("conference", "第三届湖南—东盟高校合作论坛", "2025-06-16") in events


def test_documents_counted_over_a_period_are_no_signing():
    text = (
        "6月18日，湖南大学与马来西亚理科大学签署合作备忘录。\n\n"
        "据统计，今年以来全省高校共接待境外来访团组30余批次，新签或续签校际合作协议15份。"
    )
    assert [e for e in _event_kinds(text) if e[0] == "signing"] == [("signing", None, "2025-06-18")]


def test_results_made_public_with_an_approval_are_the_approval():
    text = "近日，教育部公布了中外合作办学项目审批结果，湖南大学与格拉斯哥大学合作举办的化学专业本科教育项目获得批准。"
    assert [e[0] for e in _event_kinds(text)] == ["approval"]


def test_an_invited_visit_is_no_visit():
    text = (
        "On June 16, Wuhan University and the University of Glasgow renewed their agreement on joint doctoral "
        "degrees. Professor Anne Reid invited Wuhan University to send a delegation to Glasgow in the autumn."
    )
    assert "visit" not in [e[0] for e in _event_kinds(text)]
    zh = "应格拉斯哥大学邀请，6月16日，武汉大学代表团访问格拉斯哥大学。"
    assert ("visit", None, "2025-06-16") in _event_kinds(zh)


def test_a_signing_told_since_is_background():
    text = (
        "On June 17, a delegation from the University of Glasgow visited Wuhan University. Since the memorandum "
        "was signed, Wuhan University has sent 40 students to Glasgow."
    )
    assert ("signing", None, None) in _event_kinds(text)


def test_an_anniversary_told_in_passing_gives_the_pair_no_day():
    text = (
        "On June 16, Wuhan University signed a memorandum of understanding with Monash University. The week "
        "also marked the twentieth anniversary of the Sino-British College, which the University of Glasgow "
        "and Wuhan University have run together since 2005."
    )
    assert _pairs(text)[("Wuhan University", "University of Glasgow")][1] is None


def test_an_anniversary_celebrated_on_a_day_of_its_own_keeps_it():
    text = (
        "On June 16, Wuhan University celebrated the tenth anniversary of the chemistry programme it has run "
        "with the University of Glasgow since 2015."
    )
    assert _pairs(text)[("Wuhan University", "University of Glasgow")][1] == "2025-06-16"
