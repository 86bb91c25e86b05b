"""Events written the ways bulletins write them: each test is one rule of `extract/events.py`, on a
made-up sentence. (`test_events_probes.py` holds the wider set of probes.)"""


def _events(record):
    return [(e.kind, e.date, e.name, e.location) for e in record.events]


def test_lower_case_and_between_capitalised_words_stays_inside_a_name(extract):
    record = extract(
        "The Third Silk and Tea Road Culture Forum was held in Fuzhou on May 4.", "en", published="2024-05-10"
    )
    assert [e.name for e in record.events] == ["Third Silk and Tea Road Culture Forum"]


def test_a_quoted_slogan_opens_a_name(extract):
    record = extract(
        "The “Study in Gansu” Education Fair took place in Lanzhou on May 4.", "en", published="2024-05-10"
    )
    assert [e.name for e in record.events] == ["“Study in Gansu” Education Fair"]


def test_an_ordinal_in_digits_opens_a_name(extract):
    record = extract("On May 4, the 12th Sino-Dutch Education Seminar was held in Hefei.", "en", published="2024-05-10")
    assert [e.name for e in record.events] == ["12th Sino-Dutch Education Seminar"]


def test_a_city_closing_a_name_is_where_it_was_held(extract):
    record = extract(
        "On May 4, Anhui University hosted the Seminar on Rural Teachers in Hefei.", "en", published="2024-05-10"
    )
    assert _events(record) == [("conference", "2024-05-04", "Seminar on Rural Teachers", "Hefei")]
    province = extract(
        "On May 4, Anhui University hosted the Seminar on Rural Teachers in Anhui.", "en", published="2024-05-10"
    )
    assert [e.name for e in province.events] == ["Seminar on Rural Teachers in Anhui"]


def test_a_head_word_before_a_venue_word_names_a_venue(extract):
    record = extract(
        "The 2024 Hefei Education Seminar was held at the Binhu Convention Center on May 4.",
        "en",
        published="2024-05-10",
    )
    assert [e.name for e in record.events] == ["2024 Hefei Education Seminar"]


def test_colloquium_and_roundtable_are_event_heads(extract):
    text = "On May 4, the Sino-Dutch Deans' Roundtable and the Hefei Colloquium on Pedagogy were held in Hefei."
    record = extract(text, "en", published="2024-05-10")
    assert sorted(e.name for e in record.events) == ["Hefei Colloquium on Pedagogy", "Sino-Dutch Deans' Roundtable"]


def test_the_city_of_a_place(extract):
    record = extract(
        "The 2024 Rural Education Forum opened in the eastern Chinese city of Hefei on May 4.",
        "en",
        published="2024-05-10",
    )
    assert [e.location for e in record.events] == ["Hefei"]


def test_a_planned_event_is_held_where_it_will_be_held(extract):
    record = extract("The 2024 Rural Education Forum will be held in Hefei on May 14.", "en", published="2024-05-10")
    assert [e.location for e in record.events] == ["Hefei"]
    plan = extract(
        "Anhui University signed an agreement on May 4 with Leiden University, which will set up a centre in Hefei.",
        "en",
        published="2024-05-10",
    )
    assert [e.location for e in plan.events] == [None]


def test_a_delegation_to_a_country_visits_it(extract):
    record = extract(
        "On May 4, President Zhou of Anhui University led a delegation to the Netherlands.",
        "en",
        published="2024-05-10",
    )
    assert _events(record) == [("visit", "2024-05-04", None, "Netherlands")]


def test_founded_jointly_is_a_founding_told_as_done_but_not_as_a_description(extract):
    done = extract(
        "On May 4, Anhui University and Leiden University jointly launched the Anhui Leiden Joint Institute.",
        "en",
        published="2024-05-10",
    )
    assert _events(done) == [("establishment", "2024-05-04", "Anhui Leiden Joint Institute", None)]
    described = extract(
        "Anhui Leiden Joint Institute, jointly established by Anhui University and Leiden University. "
        "Level: undergraduate.",
        "en",
        published="2024-05-10",
    )
    assert described.events == []


def test_a_call_or_talks_with_a_visitor_is_a_visit(extract):
    called = extract(
        "On May 4, the Rector of Leiden University called on Anhui University.", "en", published="2024-05-10"
    )
    talks = extract(
        "On May 4, the Rector of Leiden University held talks with the President of Anhui University.",
        "en",
        published="2024-05-10",
    )
    assert [e.kind for e in called.events] == ["visit"] and [e.kind for e in talks.events] == ["visit"]


def test_a_signing_during_a_visit_to_a_city(extract):
    text = "On May 4, during a visit to Leiden, Anhui University signed an agreement with Leiden University."
    record = extract(text, "en", published="2024-05-10")
    assert sorted(_events(record), key=str) == [
        ("signing", "2024-05-04", None, "Leiden"),
        ("visit", "2024-05-04", None, "Leiden"),
    ]


def test_a_renewal_signed_on_a_day_is_told_again(extract):
    text = (
        "Anhui University renewed its exchange agreement with Leiden University. "
        "The renewal was signed on May 4 in Hefei."
    )
    record = extract(text, "en", published="2024-05-10")
    assert _events(record) == [("signing", "2024-05-04", None, "Hefei")]


def test_chinese_event_heads_of_dialogue_workshop_and_round_table(extract):
    text = "5月4日，中荷教育对话会在合肥举行。5月5日，中荷职业教育工作坊在合肥举办。5月6日，中荷校长圆桌会在合肥召开。"
    record = extract(text, "zh", published="2024-05-10")
    assert {e.name for e in record.events} == {"中荷职业教育工作坊", "中荷教育对话会", "中荷校长圆桌会"}


def test_an_opening_ceremony_after_a_name_is_that_events(extract):
    record = extract("5月4日，2024中荷教育合作周开幕式在合肥举行。", "zh", published="2024-05-10")
    assert _events(record) == [("conference", "2024-05-04", "2024中荷教育合作周", "合肥")]


def test_a_signing_ceremony_told_by_its_sides_or_generic_words_has_no_name(extract):
    sides = extract("5月4日，安徽大学与荷兰莱顿大学合作备忘录签约仪式在合肥举行。", "zh", published="2024-05-10")
    generic = extract("5月4日，安徽大学与荷兰莱顿大学举行合作办学项目签约仪式。", "zh", published="2024-05-10")
    assert [e.name for e in sides.events] == [None] and [e.name for e in generic.events] == [None]


def test_a_noun_that_is_also_a_verb_stays_inside_a_chinese_name(extract):
    record = extract("5月4日，2024职业教育质量建设研讨会在合肥召开。", "zh", published="2024-05-10")
    assert [e.name for e in record.events] == ["2024职业教育质量建设研讨会"]


def test_an_event_being_prepared_is_no_happening(extract):
    record = extract("5月4日，双方还就筹办2025年中荷教育对话会交换了意见。", "zh", published="2024-05-10")
    assert [e.kind for e in record.events] == []


def test_an_anniversary_celebration_is_of_kind_other(extract):
    record = extract("5月4日，安徽大学中外合作办学十周年庆祝大会在合肥举行。", "zh", published="2024-05-10")
    assert [e.kind for e in record.events] == ["other"]


def test_a_province_or_country_before_a_city(extract):
    province = extract("5月4日，2024乡村教育论坛在安徽合肥举行。", "zh", published="2024-05-10")
    country = extract("5月4日，安徽大学与莱顿大学在荷兰莱顿签署合作协议。", "zh", published="2024-05-10")
    assert [e.location for e in province.events] == ["合肥"] and [e.location for e in country.events] == ["莱顿"]


def test_where_a_body_is_located_is_no_place_of_a_happening(extract):
    text = "5月4日，安徽大学与总部位于荷兰莱顿的欧洲大学联盟签署合作协议。"
    record = extract(text, "zh", published="2024-05-10")
    assert [e.location for e in record.events] == [None]


def test_a_delegation_going_to_a_country_visits_it(extract):
    record = extract("5月4日，安徽大学校长率代表团前往荷兰开展交流。", "zh", published="2024-05-10")
    assert _events(record) == [("visit", "2024-05-04", None, "荷兰")]


def test_a_relative_clause_after_an_events_name_tells_where_it_was(extract):
    text = "The 2024 Rural Education Forum, which opened in Hefei on May 4, drew 800 participants."
    record = extract(text, "en", published="2024-05-10")
    assert _events(record) == [("conference", "2024-05-04", "2024 Rural Education Forum", "Hefei")]
    institution = extract(
        "On May 4, Anhui University signed an agreement with Leiden University, which is based in Leiden.",
        "en",
        published="2024-05-10",
    )
    assert [e.location for e in institution.events] == [None]


def test_a_visitor_received_welcomed_or_touring_by_title_is_a_visit(extract):
    for verb in ("received", "welcomed"):
        text = f"On May 4, President Zhou of Anhui University {verb} Professor Jan de Vries of Leiden University."
        assert [e.kind for e in extract(text, "en", published="2024-05-10").events] == ["visit"]
    toured = extract("On May 4, the Rector of Leiden University toured Anhui University.", "en", published="2024-05-10")
    assert [e.kind for e in toured.events] == ["visit"]
    students = extract(
        "New students from Leiden University arrived at Anhui University on May 4.", "en", published="2024-05-10"
    )
    assert students.events == []


def test_chinese_words_for_calling_on_or_receiving_visitors(extract):
    for text in (
        "5月4日，荷兰莱顿大学校长一行莅临安徽大学交流。",
        "5月4日，安徽大学副校长一行走访荷兰莱顿大学。",
        "5月4日，安徽大学副校长一行拜访荷兰莱顿大学。",
        "5月4日，安徽大学副校长接待了荷兰莱顿大学代表团。",
        "5月4日，荷兰莱顿大学代表团一行参访安徽大学。",
        "5月4日，荷兰莱顿大学校长一行来安徽大学交流。",
    ):
        assert [e.kind for e in extract(text, "zh", published="2024-05-10").events] == ["visit"], text


def test_a_year_after_the_head_word_is_the_editions(extract):
    record = extract(
        "On May 4, Anhui University attended the Dutch Education Expo 2024 in Utrecht.", "en", published="2024-05-10"
    )
    assert _events(record) == [("conference", "2024-05-04", "Dutch Education Expo 2024", "Utrecht")]


def test_visits_signings_and_approvals_in_other_words(extract):
    def kinds(text, language):
        return [e.kind for e in extract(text, language, published="2024-05-10").events]

    assert kinds("On May 4, Anhui University hosted Professor Jan de Vries of Leiden University.", "en") == ["visit"]
    assert kinds("On May 4, the Rector of Leiden University paid a courtesy visit to Anhui University.", "en") == [
        "visit"
    ]
    assert kinds("On May 4, teachers of Anhui University began a study tour of Leiden University.", "en") == ["visit"]
    assert kinds("On May 4, Anhui University penned an agreement with Leiden University.", "en") == ["signing"]
    approval = (
        "The joint programme of Anhui University and Leiden University "
        "got the green light from the Ministry of Education."
    )
    assert kinds(approval, "en") == ["approval"]
    assert kinds("5月4日，安徽大学与荷兰莱顿大学缔结姊妹学校关系。", "zh") == ["signing"]
