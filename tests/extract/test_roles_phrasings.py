"""Ways bulletins state who organises an event or holds a place in an alliance (GENRE.md,
"Roles and people": organiser wording, alliance roles)."""


def _roles(record):
    return {(r.member.name, r.role, r.organization.name) for r in record.roles}


FORUM = "2025 Ganjiang International Education Forum"


def test_a_list_after_hosted_by_ends_before_the_rest_of_the_sentence(extract):
    record = extract(
        f"The {FORUM}, jointly hosted by the Jiangxi Provincial Department of Education and the British Council, "
        "was held at Nanchang University on May 8.",
        "en",
    )
    roles = _roles(record)
    assert ("British Council", "organizer", FORUM) in roles
    assert not any(member == "Nanchang University" for member, _, _ in roles)


def test_as_the_host_and_under_the_auspices(extract):
    record = extract(
        f"The {FORUM} was held in Nanchang on May 3 under the auspices of the Ministry of Education, "
        "with Nanchang University as the host institution.",
        "en",
    )
    roles = _roles(record)
    assert ("Ministry of Education", "other", FORUM) in roles
    assert ("Nanchang University", "host", FORUM) in roles


def test_active_hosting_needs_the_event_after_it(extract):
    hosted = extract(f"Nanchang University hosted the {FORUM} on May 8.", "en")
    assert ("Nanchang University", "organizer", FORUM) in _roles(hosted)
    visit = extract(
        f"Nanchang University hosted a delegation from Harlow University on May 8. The {FORUM} opened on May 9.", "en"
    )
    assert not visit.roles


def test_joining_an_alliance_and_the_place_taken_with_it(extract):
    record = extract(
        "The Jiangxi Lakes Alliance held its annual meeting in Nanchang. Jiujiang University joined the alliance "
        "as a vice-chair institution. Harlow University also joined the alliance. Gannan Normal University "
        "joined the ceremony.",
        "en",
    )
    roles = _roles(record)
    assert ("Jiujiang University", "vice_chair", "Jiangxi Lakes Alliance") in roles
    assert ("Harlow University", "member", "Jiangxi Lakes Alliance") in roles
    assert not any(member == "Gannan Normal University" for member, _, _ in roles)


def test_an_alliance_comprises_its_members(extract):
    record = extract(
        "The Jiangxi Lakes Alliance was launched in Nanchang. The alliance comprises Nanchang University, "
        "Jiujiang University and Gannan Normal University.",
        "en",
    )
    assert {m for m, role, _ in _roles(record) if role == "member"} == {
        "Nanchang University",
        "Jiujiang University",
        "Gannan Normal University",
    }


def test_chinese_secretariat_location_does_not_take_the_next_clause(extract):
    record = extract(
        "“赣江高校联盟”2025年年会在南昌举行。联盟由我校与九江学院共同发起，秘书处设在南昌大学，我校为联盟理事长单位。",
        "zh",
        url="https://news.ncu.edu.cn/a.htm",
    )
    roles = {(r.member.canonical_id or r.member.name, r.role) for r in record.roles}
    publisher = record.document.publisher.canonical_id
    assert (publisher, "chair") in roles


def test_elected_chair_is_the_institutions_only_when_it_is_the_subject(extract):
    record = extract(
        "The Jiangxi Lakes Alliance was launched in Nanchang on Tuesday. Nanchang University was elected chair of "
        "the alliance. Professor Wang Ming, President of Jiujiang University, was elected vice-chair.",
        "en",
    )
    roles = _roles(record)
    assert ("Nanchang University", "chair", "Jiangxi Lakes Alliance") in roles
    assert not any(member == "Jiujiang University" for member, _, _ in roles)


def test_the_two_universities_take_a_role_together(extract):
    record = extract("赣江高校联盟成立于2014年，由南昌大学与九江学院共同发起，两校分别担任中方和外方理事长单位。", "zh")
    chairs = {r.member.name for r in record.roles if r.role == "chair"}
    assert chairs == {"南昌大学", "九江学院"}


def test_held_by_a_body_is_its_organiser(extract):
    english = extract(f"The {FORUM} was jointly held by the Jiangxi Provincial Department of Education.", "en")
    assert ("Jiangxi Provincial Department of Education", "organizer", FORUM) in _roles(english)


def test_role_nouns_claim_a_list_after_them_only(extract):
    listed = extract(
        f"The {FORUM} opened in Nanchang on May 3. Co-organizers of the forum include Nanchang University and "
        "Jiujiang University.",
        "en",
    )
    assert {m for m, role, _ in _roles(listed) if role == "co_organizer"} == {
        "Nanchang University",
        "Jiujiang University",
    }
    thanked = extract(f"The {FORUM} opened in Nanchang on May 3. Nanchang University thanked the organizers.", "en")
    assert not thanked.roles


ALLIANCE = "Silk Road University Alliance"


def test_members_listed_in_the_next_sentence(extract):
    record = extract(
        f"The {ALLIANCE} met in Xi'an on May 8. Five universities joined as new members. "
        "Among them are Harlow University (UK), Nanchang University and Kazakh National University.",
        "en",
    )
    roles = _roles(record)
    for member in ("Harlow University", "Nanchang University", "Kazakh National University"):
        assert (member, "member", ALLIANCE) in roles


def test_a_role_that_stays_at_an_institution(extract):
    record = extract(f"The {ALLIANCE} met in Xi'an on May 8. The secretariat remains at Nanchang University.", "en")
    assert ("Nanchang University", "secretariat", ALLIANCE) in _roles(record)


def test_counts_written_as_words_and_parts_of_the_holders(extract):
    record = extract(
        f"The {ALLIANCE} met in Xi'an on May 8. Delegates from 30 of its member universities attended. "
        "Harlow University was elected, bringing the number of vice-chair institutions to five.",
        "en",
    )
    counts = {(c.role, c.count) for c in record.role_counts}
    assert ("vice_chair", 5) in counts
    assert ("member", 30) not in counts


def test_joining_a_body_of_the_alliance_makes_a_member(extract):
    record = extract(
        "The Jiangxi Lakes Alliance held its annual meeting in Nanchang on May 8. Jiujiang University and Harlow "
        "University joined the executive committee of the alliance. Gannan Normal University joined the "
        "executive committee of the meeting.",
        "en",
    )
    roles = _roles(record)
    assert ("Jiujiang University", "member", "Jiangxi Lakes Alliance") in roles
    assert ("Harlow University", "member", "Jiangxi Lakes Alliance") in roles
    assert not any(member == "Gannan Normal University" for member, _, _ in roles)


def test_a_role_shared_by_the_chinese_and_the_foreign_side(extract):
    record = extract(
        "The Association of Sino-Russian Technical Universities was founded in 2011. Its secretariat is run "
        "jointly by Harbin Institute of Technology on the Chinese side and Bauman Moscow State Technical "
        "University on the Russian side.",
        "en",
    )
    assert {(m, r) for m, r, _ in _roles(record)} == {
        ("Harbin Institute of Technology", "secretariat"),
        ("Bauman Moscow State Technical University", "secretariat"),
    }


ALLIANCE = "Poyang-Rhine University Alliance"


def test_founded_with_a_place_and_time_before_by(extract):
    record = extract(
        f"The {ALLIANCE} was founded in Nanchang in 2019 by Nanchang University and Heidelberg University.",
        "en",
    )
    roles = _roles(record)
    assert ("Nanchang University", "member", ALLIANCE) in roles
    assert ("Heidelberg University", "member", ALLIANCE) in roles


def test_founded_then_another_clause_before_by_is_no_founding(extract):
    record = extract(f"The {ALLIANCE} was founded in 2019 and is now chaired by Nanchang University.", "en")
    assert ("Nanchang University", "member", ALLIANCE) not in _roles(record)


def test_a_role_handed_on_goes_to_the_institution_after_to(extract):
    record = extract(
        f"The {ALLIANCE} held its assembly in Nanchang. The secretariat moves from Heidelberg University "
        "to Nanchang University.",
        "en",
    )
    roles = _roles(record)
    assert ("Nanchang University", "secretariat", ALLIANCE) in roles
    assert ("Heidelberg University", "secretariat", ALLIANCE) not in roles


def test_chinese_joining_an_alliance_and_its_bodies(extract):
    record = extract("赣江大学联盟年会在南昌召开。九江学院、南昌大学加入联盟执行委员会。", "zh")
    roles = _roles(record)
    assert ("九江学院", "member", "赣江大学联盟") in roles
    assert ("南昌大学", "member", "赣江大学联盟") in roles


def test_chinese_joining_not_yet_done_gives_no_member(extract):
    for sentence in ("九江学院申请加入联盟。", "联盟欢迎九江学院加入联盟。", "九江学院将加入联盟。"):
        record = extract(f"赣江大学联盟年会在南昌召开。{sentence}", "zh")
        assert not any(member == "九江学院" for member, _, _ in _roles(record)), sentence
