"""Session 21 (qc): ways bulletins name an event's organisers and an alliance's holders that the
role extractor missed (GENRE.md, "Roles and people"; GUIDE.md / GUIDE-zh.md, roles)."""


def _roles(record):
    return {(r.member.name, r.role, r.organization.name) for r in record.roles}


FORUM = "2025 Lakeside Forum on Engineering Education"


def test_a_body_hosting_together_with_the_named_one_holds_the_same_role(extract):
    for wording, role in (
        (
            f"The {FORUM} was held in Hefei on May 8, hosted by Anhui University together with the "
            "Hefei Municipal People's Government.",
            "organizer",
        ),
        (
            f"The {FORUM}, organized by Anhui University along with Hefei Municipal People's Government, "
            "opened in Hefei on May 8.",
            "organizer",
        ),
        (
            f"The {FORUM} was co-hosted by Anhui University jointly with the Hefei Municipal People's Government.",
            "co_organizer",
        ),
    ):
        roles = _roles(extract(wording, "en"))
        assert ("Anhui University", role, FORUM) in roles, wording
        assert ("Hefei Municipal People's Government", role, FORUM) in roles, wording


def test_with_a_body_that_is_no_name_right_after_nothing_more_is_given(extract):
    record = extract(
        f"The {FORUM} was hosted by Anhui University together with several local companies, and "
        "Hefei University of Technology sent a delegation.",
        "en",
    )
    assert not any(member == "Hefei University of Technology" for member, _, _ in _roles(record))


MEETING = "2025年全省中外合作办学工作会议"


def test_a_body_convening_the_named_meeting_organises_it(extract):
    for wording, convener in (
        (f"5月8日，安徽省教育厅在合肥召开{MEETING}。", "安徽省教育厅"),
        (f"安徽省教育厅定于2025年3月12日在安徽大学召开{MEETING}，请各高校派员参会。", "安徽省教育厅"),
        (f"近日，安徽大学成功召开“{MEETING}”。", "安徽大学"),
    ):
        roles = _roles(extract(wording, "zh"))
        assert (convener, "organizer", MEETING) in roles, wording
        assert not any(member == "安徽大学" for member, _, _ in roles if convener != "安徽大学"), wording


def test_each_of_a_list_convening_together_organises(extract):
    roles = _roles(extract(f"5月8日，安徽省教育厅与安徽大学在合肥联合召开{MEETING}。", "zh"))
    assert ("安徽省教育厅", "organizer", MEETING) in roles
    assert ("安徽大学", "organizer", MEETING) in roles


def test_a_meeting_convened_at_a_venue_or_by_a_person_gives_no_role(extract):
    for wording in (
        f"5月8日，{MEETING}在安徽大学召开。",
        f"安徽省教育厅副厅长王明在合肥召开的{MEETING}上讲话。",
        f"安徽大学召开党委常委会，研究{MEETING}筹备工作。",
    ):
        assert not extract(wording, "zh").roles, wording


def test_a_convener_yields_to_the_body_said_to_organise(extract):
    roles = _roles(extract(f"安徽省教育厅在合肥召开{MEETING}。会议由安徽大学主办。", "zh"))
    assert ("安徽大学", "organizer", MEETING) in roles
    assert ("安徽省教育厅", "organizer", MEETING) not in roles


def test_two_bodies_holding_an_event_together_both_organise_it(extract):
    roles = _roles(extract(f"Anhui University and Hefei University of Technology held the {FORUM} in Hefei.", "en"))
    assert ("Anhui University", "organizer", FORUM) in roles
    assert ("Hefei University of Technology", "organizer", FORUM) in roles
    hosted = _roles(
        extract(f"Anhui University held the {FORUM} in Hefei. The forum was hosted by the British Council.", "en")
    )
    assert ("British Council", "organizer", FORUM) in hosted
    assert ("Anhui University", "organizer", FORUM) not in hosted


ALLIANCE = "China-Kenya Engineering Universities Alliance"


def _counts(record):
    return {(c.organization.name, c.role, c.count) for c in record.role_counts}


def test_a_lead_counting_an_alliance_it_names_only_in_the_next_sentence(extract):
    for lead in (
        "NANJING, May 12 (Xinhua) -- An alliance that brings together 24 universities from China and Kenya "
        "was launched on Monday in Nanjing.",
        "A new engineering alliance that brought together 24 universities from China and Kenya was founded "
        "in Nanjing on Monday.",
        "A consortium bringing together 24 universities from China and Kenya was launched on Monday.",
    ):
        record = extract(f"{lead}\n\nThe {ALLIANCE} was initiated by Hohai University.", "en")
        assert (ALLIANCE, "member", 24) in _counts(record), lead


def test_a_lead_counting_those_at_a_forum_or_an_alliance_named_much_later_gives_no_count(extract):
    forum = extract(
        "A forum that brought together 24 universities from China and Kenya opened on Monday. "
        f"The {ALLIANCE} was initiated by Hohai University.",
        "en",
    )
    assert not forum.role_counts
    later = extract(
        "An alliance that brings together 24 universities was launched on Monday. Hohai University spoke. "
        f"Students from Kenya sang. Teachers met. The {ALLIANCE} thanked them.",
        "en",
    )
    assert not later.role_counts


ZH_ALLIANCE = "长三角中外合作办学联盟"


def test_a_body_leading_an_alliance_founding_is_a_member_not_the_next_seat(extract):
    for wording, leaders in (
        (f"5月8日，安徽大学牵头成立{ZH_ALLIANCE}，合肥工业大学、安徽师范大学为副理事长单位。", ["安徽大学"]),
        (f"由安徽大学牵头组建的{ZH_ALLIANCE}5月8日在合肥成立。", ["安徽大学"]),
        (f"5月8日，安徽大学与合肥工业大学牵头成立{ZH_ALLIANCE}。", ["安徽大学", "合肥工业大学"]),
    ):
        roles = _roles(extract(wording, "zh"))
        for leader in leaders:
            assert (leader, "member", ZH_ALLIANCE) in roles, wording
        assert ("安徽大学", "vice_chair", ZH_ALLIANCE) not in roles, wording


def test_leading_the_founding_of_something_else_gives_no_seat(extract):
    record = extract(f"安徽大学牵头成立中外合作办学研究中心。{ZH_ALLIANCE}成立于2020年。", "zh")
    assert not record.roles


def test_an_event_hosted_by_the_body_the_sentence_before_has_as_its_subject(extract):
    for wording in (
        f"Anhui University welcomed 300 guests on May 7. The next day, the university hosted the {FORUM}.",
        f"Anhui University opened a new library on May 7. The following day it hosted the {FORUM}.",
        f"Anhui University opened a new library on May 7. On May 8, the university organized the {FORUM}.",
    ):
        assert ("Anhui University", "organizer", FORUM) in _roles(extract(wording, "en")), wording


def test_an_anaphor_after_other_words_or_without_a_single_subject_before_hosts_nothing(extract):
    for wording in (
        f"Anhui University opened a new library on May 7. Students said the university hosted the {FORUM}.",
        "Anhui University and Hefei University of Technology signed an agreement. The next day, the "
        f"university hosted the {FORUM}.",
    ):
        assert not extract(wording, "en").roles, wording


def test_the_partner_after_with_closing_a_co_verbs_clause_holds_its_role(extract):
    for wording, role in (
        (f"Anhui University co-hosted the {FORUM} with the British Council on May 8.", "co_organizer"),
        (f"Anhui University co-organized the {FORUM} in Hefei together with the British Council.", "co_organizer"),
    ):
        roles = _roles(extract(wording, "en"))
        assert ("Anhui University", role, FORUM) in roles, wording
        assert ("British Council", role, FORUM) in roles, wording


def test_with_its_support_or_as_another_role_the_body_after_with_takes_no_share(extract):
    supported = _roles(extract(f"Anhui University hosted the {FORUM} with the support of the British Council.", "en"))
    assert ("British Council", "organizer", FORUM) not in supported
    told = _roles(
        extract(f"Anhui University hosted the {FORUM} with Hefei University of Technology as co-organizer.", "en")
    )
    assert ("Hefei University of Technology", "organizer", FORUM) not in told
    experts = _roles(extract(f"Anhui University hosted the {FORUM} with experts from the British Council.", "en"))
    assert not any(member == "British Council" for member, _, _ in experts)
